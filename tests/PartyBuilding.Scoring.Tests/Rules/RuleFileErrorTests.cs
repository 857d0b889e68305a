using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Rules;

// One small invalid rule file per error (TestData/invalid/), each a copy of TestData/valid/minimal.json with one
// thing broken. Lines and columns were counted by hand in the fixture (columns in characters, so the Chinese
// text before an error counts one column per character).
public sealed class RuleFileErrorTests
{
    private const string Functions = "Math.Min, Math.Max, Math.Abs, Math.Round, Math.Floor, Math.Ceiling, Math.Truncate";

    [Fact]
    public void Load_MinimalValidFile_Loads()
    {
        var engine = ScoringEngine.Load(Repository.TestData("valid/minimal.json"));

        Assert.Equal("minimal", engine.RuleSet.Identity.Id);
        Assert.Equal("最小规则", engine.RuleSet.Title);
    }

    [Theory]
    [InlineData("comment.json", "(4,19): error PBS003: The file is not valid JSON here: '/' is an invalid start of a property name. Expected a '\"'. Rule files do not allow comments or trailing commas. (at $)")]
    [InlineData("trailing-comma.json", "(18,3): error PBS003: The file is not valid JSON here: The JSON array contains a trailing comma at the end which is not supported in this mode. Rule files do not allow comments or trailing commas. (at $.bands)")]
    [InlineData("duplicate-property.json", "(11,44): error PBS004: The property \"max\" appears twice in the same object; keep only one (JSON readers would silently keep the last). (at $.areas[0].max)")]
    [InlineData("wrong-json-type.json", "(11,39): error PBS005: This value has the wrong type: a number (written without quotes) is expected here. (at $.areas[0].max)")]
    [InlineData("utf16.json", "(1,1): error PBS007: The file is not UTF-8 (it looks like UTF-16); save it as UTF-8. (at $)")]
    [InlineData("missing-id.json", "(1,1): error PBS010: The rule set needs an \"id\". (at $.id)")]
    [InlineData("invalid-id.json", "(2,9): error PBS011: The id \"2026-rules\" is not valid: use letters, digits, '_', '.' or '-', starting with a letter. (at $.id)")]
    [InlineData("duplicate-criterion-id.json", "(13,15): error PBS012: The criterion id \"c\" is used twice; criterion ids must be unique in the whole file. (at $.areas[0].criteria[1].id)")]
    [InlineData("negative-max.json", "(11,39): error PBS013: The max of area \"a\" must be greater than 0. (at $.areas[0].max)")]
    [InlineData("unknown-method.json", "(12,59): error PBS014: \"pointz\" is not a scoring method: use one of \"points\", \"check\", \"deduction\", \"grade\", \"formula\". (at $.areas[0].criteria[0].method)")]
    [InlineData("invalid-date.json", "(5,20): error PBS015: \"2026/01/01\" is not a date written as yyyy-MM-dd, e.g. 2026-01-01. (at $.effectiveFrom)")]
    [InlineData("conflicting-option.json", "(12,98): error PBS017: Only check criteria have \"pointsIfNotMet\"; criterion \"c\" uses \"points\". (at $.areas[0].criteria[0].pointsIfNotMet)")]
    [InlineData("unknown-input.json", "(12,75): error PBS020: The criterion \"c\" reads \"y\", which is not a declared input. (at $.areas[0].criteria[0].input)")]
    [InlineData("input-type-mismatch.json", "(12,74): error PBS021: The criterion \"c\" uses method \"check\", which needs a boolean input, but \"x\" is a number input. (at $.areas[0].criteria[0].input)")]
    [InlineData("grade-table-missing-choice.json", "(13,19): error PBS022: The points table of criterion \"c\" has no points for the grade \"差\". (at $.areas[0].criteria[0].points)")]
    [InlineData("unknown-category.json", "(12,68): error PBS023: \"vilage\" is not a declared organization type (\"agency\"). (at $.areas[0].appliesTo[1])")]
    [InlineData("unknown-placeholder.json", "(12,91): error PBS024: The message uses the placeholder {score}; the placeholders here are {value}, {points}, {max}, {deducted}. (at $.areas[0].criteria[0].message)")]
    [InlineData("review-weights-not-summing.json", "(15,14): error PBS030: The review weights add up to 0.9; they must add up to exactly 1 (or 100 when written in per cent). (at $.reviews)")]
    [InlineData("invalid-band-range.json", "(16,57): error PBS040: \"60-100\" is not a range: write it as an interval such as \"[90, 95)\", where [ ] include the bound and ( ) exclude it. (at $.bands[0].range)")]
    [InlineData("band-gap.json", "(16,57): error PBS041: Scores from 59.01 to 60.99 fall in no band (final scores are rounded to 2 decimal places before banding); make the neighbouring bands meet. (at $.bands[0].range)")]
    [InlineData("band-gap-whole-points.json", "(17,57): error PBS041: Scores from 60 to 61 fall in no band (final scores are rounded to 0 decimal places before banding); make the neighbouring bands meet. (at $.bands[0].range)")]
    [InlineData("band-overlap.json", "(17,58): error PBS042: The bands \"pass\" [60, 100] and \"fail\" [0, 60] overlap: the score 60 would be in both (final scores are rounded to 2 decimal places before banding). (at $.bands[1].range)")]
    [InlineData("band-outside-score-range.json", "(16,57): error PBS043: The band \"pass\" [60, 120] reaches outside the score range [0, 100]. (at $.bands[0].range)")]
    [InlineData("duplicate-band-level.json", "(17,46): error PBS044: Two bands of this table have level 2; each level must be used once. (at $.bands[1].level)")]
    [InlineData("expression-syntax-error.json", "(13,33): error PBS060: The expression \"x * (2 + \" cannot be read: Expression expected. (at $.areas[0].criteria[0].expression)")]
    [InlineData("expression-gettype.json", "(13,30): error PBS061: Calling Object.GetType is not allowed; the functions allowed are " + Functions + ". (at $.areas[0].criteria[0].expression)")]
    [InlineData("expression-member-access.json", "(14,30): error PBS061: \"Length\" is member access, which expressions may not use; use only declared inputs, numbers and the functions " + Functions + ". (at $.areas[0].criteria[0].expression)")]
    [InlineData("expression-new.json", "(13,23): error PBS061: The expression uses \"new\" (creating objects), which is not allowed; use only declared inputs, numbers, + - * / %, comparisons, && || !, ?: and " + Functions + ". (at $.areas[0].criteria[0].expression)")]
    [InlineData("expression-datetime-now.json", "(13,37): error PBS061: \"Now\" is member access, which expressions may not use; use only declared inputs, numbers and the functions " + Functions + ". (at $.areas[0].criteria[0].expression)")]
    [InlineData("expression-too-long.json", "(13,23): error PBS063: The expression is 1333 characters long; the limit is 1000. (at $.areas[0].criteria[0].expression)")]
    [InlineData("expression-too-deep.json", "(13,56): error PBS063: The expression nests parentheses more than 32 deep; simplify it. (at $.areas[0].criteria[0].expression)")]
    [InlineData("condition-is-number.json", "(20,40): error PBS064: A condition must give true or false (e.g. \"violations > 0\"), but this expression gives a number or text. (at $.vetoes[0].when)")]
    [InlineData("number-beyond-decimal.json", "(13,28): error PBS065: The number 100000000000000000000000000000 is beyond the range of decimal numbers (about ±7.9e28); scores and limits must be ordinary numbers. (at $.areas[0].criteria[0].expression)")]
    [InlineData("number-beyond-decimal-in-value.json", "(11,39): error PBS065: This number is beyond the range of decimal numbers (about ±7.9e28); scores and limits must be ordinary numbers. (at $.areas[0].max)")]
    public void Load_InvalidFile_ReportsOneLocatedError(string file, string expected)
    {
        var path = Repository.TestData("invalid/" + file);

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(path + expected, Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_MisspelledProperty_ReportsUnknownPropertyAndTheMissingOne()
    {
        var path = Repository.TestData("invalid/unknown-property.json");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(
            [
                path + "(11,5): error PBS010: The area \"a\" needs a \"max\". (at $.areas[0].max)",
                path + "(11,32): error PBS006: \"maxx\" is not a property the rule-file format knows here; check the spelling (property names are case-sensitive). (at $.areas[0].maxx)",
            ],
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_FileWithSeveralErrors_ReportsAllInOneExceptionInFileOrder()
    {
        var path = Repository.TestData("invalid/several-errors.json");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(
            [
                path + "(5,20): error PBS015: \"2026-13-01\" is not a date written as yyyy-MM-dd, e.g. 2026-01-01. (at $.effectiveFrom)",
                path + "(12,75): error PBS020: The criterion \"c\" reads \"y\", which is not a declared input. (at $.areas[0].criteria[0].input)",
                path + "(16,57): error PBS041: Scores from 59 to 59.99 fall in no band (final scores are rounded to 2 decimal places before banding); make the neighbouring bands meet. (at $.bands[0].range)",
                path + "(17,46): error PBS044: Two bands of this table have level 2; each level must be used once. (at $.bands[1].level)",
            ],
            ex.Errors.Select(e => e.ToString()));
        Assert.StartsWith("The rule file is invalid (4 errors):" + Environment.NewLine, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StringMethodInExpression_IsForbidden()
    {
        var path = Repository.TestData("invalid/expression-string-method.json");

        var error = Assert.Single(Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path)).Errors);

        Assert.Equal(
            (RuleFileErrorCodes.ExpressionForbidden, "$.areas[0].criteria[0].expression", 14),
            (error.Code, error.JsonPath, error.Line));
        Assert.Equal("Calling String.PadLeft is not allowed; the functions allowed are " + Functions + ".", error.Message);
    }

    // Regression: the expression is "g == \"\".PadLeft(5) ? 0 : x" in the file; each escaped quote takes two
    // characters in the file but one in the expression, and the column used to be counted in the expression.
    [Fact]
    public void Load_ErrorAfterEscapedQuotesInExpression_PointsAtTheOffendingName()
    {
        var path = Repository.TestData("invalid/expression-string-method.json");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(
            path + "(14,34): error PBS061: Calling String.PadLeft is not allowed; the functions allowed are " + Functions + ". (at $.areas[0].criteria[0].expression)",
            Assert.Single(ex.Errors).ToString());
    }

    // int(x / 2) reads like "whole points", but the conversion is dropped: int(2.7) gives 2.7. The format says types are
    // rejected; Math.Truncate is the allowed way.
    [Fact]
    public void Load_TypeConversionInExpression_IsForbidden()
    {
        var path = Repository.TestData("invalid/expression-type-conversion.json");

        var error = Assert.Single(Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path)).Errors);

        Assert.Equal(
            (RuleFileErrorCodes.ExpressionForbidden, "$.areas[0].criteria[0].expression", 13),
            (error.Code, error.JsonPath, error.Line));
    }

    [Fact]
    public void Load_MissingFile_ReportsUnreadable()
    {
        var path = Repository.TestData("invalid/no-such-file.json");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(path + "(0,0): error PBS001: The rule file does not exist. (at $)", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_FileLargerThanLimit_ReportsFileTooLarge()
    {
        var path = Repository.TestData("valid/minimal.json");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path, new RuleSetLoadOptions { MaxFileBytes = 100 }));

        Assert.Equal(path + "(0,0): error PBS002: The file is larger than the limit of 100 bytes for rule files. (at $)", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_MoreCriteriaThanLimit_ReportsLimitExceeded()
    {
        var path = Repository.TestData("valid/minimal.json");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path, new RuleSetLoadOptions { MaxCriteria = 0 }));

        Assert.Equal(path + "(10,12): error PBS016: The file has 1 criteria; the limit is 0. (at $.areas)", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Parse_InvalidText_NamesTheGivenSource()
    {
        var json = File.ReadAllText(Repository.TestData("invalid/unknown-input.json"));

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Parse(json, "name.json"));

        Assert.Equal(
            "name.json(12,75): error PBS020: The criterion \"c\" reads \"y\", which is not a declared input. (at $.areas[0].criteria[0].input)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public async Task Load_Utf8WithByteOrderMark_Loads()
    {
        var bytes = File.ReadAllBytes(Repository.TestData("valid/minimal.json"));
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. bytes]);

        var engine = await ScoringEngine.LoadFromStreamAsync(stream, "bom.json", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("minimal", engine.RuleSet.Identity.Id);
    }

    [Fact]
    public void Load_ShippedRuleFiles_LoadAndMatchTheEmbeddedCopies()
    {
        Assert.Equal(ScoringEngine.Load(Repository.File("rules/star-rating.json")).RuleSet.Identity, RuleSets.StarRating().RuleSet.Identity);
        Assert.Equal(
            ScoringEngine.Load(Repository.File("rules/five-goods-three-reviews.json")).RuleSet.Identity,
            RuleSets.FiveGoodsThreeReviews().RuleSet.Identity);
    }
}
