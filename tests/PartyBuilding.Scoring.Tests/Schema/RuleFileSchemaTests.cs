using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PartyBuilding.Scoring.Tests.Schema;

// rules/schema/rule-file.schema.json checked by an independent validator (JsonSchema.Net), the way editors such as
// VS Code use it through "$schema": every shipped rule file passes, and fixtures the schema can judge fail where expected.
public sealed class RuleFileSchemaTests
{
    private static readonly string SchemaPath = Repository.File("rules/schema/rule-file.schema.json");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    public static TheoryData<string> ShippedRuleFiles() =>
        [.. Directory.GetFiles(Repository.File("rules"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedRuleFiles))]
    public void Schema_ShippedRuleFile_IsValid(string file)
    {
        var results = Evaluate(Repository.File("rules/" + file));

        Assert.True(results.IsValid, string.Join("\n", Errors(results)));
    }

    [Theory]
    [MemberData(nameof(ShippedRuleFiles))]
    public void Schema_ShippedRuleFile_PointsAtTheSchemaThroughDollarSchema(string file)
    {
        var path = Repository.File("rules/" + file);
        var reference = JsonNode.Parse(File.ReadAllText(path))!["$schema"]!.GetValue<string>();

        Assert.Equal(Path.GetFullPath(SchemaPath), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference)));
    }

    [Theory]
    [InlineData("samples/rules/department-ranking.json")]
    [InlineData("samples/rules/year-end-assessment.json")]
    [InlineData("samples/rules/leadership-team-appraisal.json")]
    public void Schema_SampleRuleFile_IsValid(string file)
    {
        var results = Evaluate(Repository.File(file));

        Assert.True(results.IsValid, string.Join("\n", Errors(results)));
    }

    [Theory]
    [InlineData("valid/minimal.json")]
    [InlineData("valid/minimal-with-tests.json")]
    public void Schema_ValidFixture_IsValid(string file)
    {
        var results = Evaluate(Repository.TestData(file));

        Assert.True(results.IsValid, string.Join("\n", Errors(results)));
    }

    [Theory]
    [InlineData("unknown-property.json", "/areas/0/criteria/0")]
    [InlineData("unknown-method.json", "/areas/0/criteria/0/method")]
    [InlineData("wrong-json-type.json", "/areas/0/max")]
    [InlineData("invalid-id.json", "/id")]
    [InlineData("missing-id.json", "")]
    [InlineData("invalid-date.json", "/effectiveFrom")]
    [InlineData("invalid-band-range.json", "/bands/0/range")]
    [InlineData("test-score-and-rejection.json", "/tests/0/expect")]
    [InlineData("test-expects-nothing.json", "/tests/0/expect")]
    [InlineData("test-unknown-property.json", "/tests/0/expect")]
    [InlineData("test-missing-record.json", "/tests/0")]
    public void Schema_InvalidFixture_FailsAtTheBrokenPlace(string file, string instanceLocation)
    {
        var results = Evaluate(Repository.TestData("invalid/" + file));

        Assert.False(results.IsValid);
        // Only the outcome at the broken place is asserted: failed branches of if/then and not also show up as detail nodes.
        Assert.Contains(instanceLocation, (results.Details ?? []).Where(d => !d.IsValid).Select(d => d.InstanceLocation.ToString()));
    }

    // Review finding 18: "$ref": "#/$defs/periodComponent" pointed nowhere while the definitions sat under "properties";
    // JsonNode also refuses duplicate properties, which "components" and "ranking" were (defined twice at the top level).
    [Fact]
    public void Schema_EveryDefinitionReference_ResolvesAndNoDefinitionIsATopLevelProperty()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var definitions = schema["$defs"]!.AsObject().Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var referenced = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(SchemaPath), "\"#/\\$defs/([A-Za-z]+)\"")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(referenced.Except(definitions));
        var topLevel = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.All(["periodComponent", "eventRule", "procedureStep"], name => Assert.DoesNotContain(name, topLevel));
    }

    [Fact]
    public void Schema_DeadlineDaysAboveTenYears_FailsAtTheCriterion()
    {
        var rules = JsonNode.Parse(File.ReadAllText(Repository.File("rules/monthly-inspection.json")))!;
        rules["areas"]![0]!["criteria"]![0]!["deadlineDays"] = 3651;
        using var document = JsonDocument.Parse(rules.ToJsonString());

        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(results.IsValid);
        Assert.Contains("/areas/0/criteria/0/deadlineDays", (results.Details ?? []).Where(d => !d.IsValid).Select(d => d.InstanceLocation.ToString()));
    }

    [Theory]
    [InlineData("yearEnd", true)]
    [InlineData("yearStart", true)]
    [InlineData("06-30", true)]
    [InlineData("2025-06-30", false)]
    [InlineData("13-01", false)]
    [InlineData("year-end", false)]
    public void Schema_YearRulesOn_AcceptsTheWordsAndMonthDay(string value, bool valid)
    {
        var rules = JsonNode.Parse(File.ReadAllText(Repository.File("rules/star-rating-cycle-2026.json")))!;
        rules["periods"]!["yearRulesOn"] = value;
        using var document = JsonDocument.Parse(rules.ToJsonString());

        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.Equal(valid, results.IsValid);
        Assert.Equal(!valid, (results.Details ?? []).Where(d => !d.IsValid).Any(d => d.InstanceLocation.ToString() == "/periods/yearRulesOn"));
    }

    private static EvaluationResults Evaluate(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
}
