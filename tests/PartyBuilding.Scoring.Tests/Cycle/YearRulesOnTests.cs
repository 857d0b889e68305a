using System.Text;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Cycle;

// periods.yearRulesOn: which version computes a year was fixed in code ("the version in force on 31 December").
// It is a rule-file setting now; the default keeps that behaviour. The two versions below change on 2025-07-01,
// so the year 2025 straddles the change.
public sealed class YearRulesOnTests
{
    [Theory]
    [InlineData(null, "2025.2")]
    [InlineData("\"yearEnd\"", "2025.2")]
    [InlineData("\"12-31\"", "2025.2")]
    [InlineData("\"07-01\"", "2025.2")]
    [InlineData("\"06-30\"", "2024.1")]
    [InlineData("\"yearStart\"", "2024.1")]
    public void TryComputeYear_YearStraddlingAVersionChange_UsesTheVersionInForceOnTheSetDay(string? yearRulesOn, string expected)
    {
        var cycle = new AssessmentCycle(Catalog(yearRulesOn, yearRulesOn));

        Assert.True(cycle.TryComputeYear(History(), 2025, out var result, out _));

        Assert.Equal(expected, result.RuleSet.Version);
        Assert.True(cycle.TryComputeYear(History(), 2024, out var year2024, out _));
        Assert.Equal("2024.1", year2024.RuleSet.Version);
    }

    [Fact]
    public void YearRulesDate_Default_IsTheYearsLastDay()
    {
        var catalog = Catalog(null, null);

        Assert.Equal(new DateOnly(2025, 12, 31), catalog.YearRulesDate(2025));
        Assert.Equal(new DateOnly(2025, 12, 31), catalog.Versions[0].RuleSet.YearRulesDate(2025));
        Assert.Equal(new DateOnly(2025, 1, 1), Catalog("\"yearStart\"", "\"yearStart\"").YearRulesDate(2025));
    }

    [Fact]
    public void TryComputeYear_NoVersionInForceOnTheSetDay_NamesThatDay()
    {
        var later = ScoringEngine.Parse(Versioned("2025.2", "2025-07-01", string.Empty, "\"yearStart\""), "v2.json");
        var cycle = new AssessmentCycle(RuleSetCatalog.Create([later]));

        Assert.False(cycle.TryComputeYear(History(), 2025, out _, out var rejection));

        Assert.Equal("b01 (line 1): PBR200: year 2025: no version of the rule set is in force on 2025-01-01.", rejection.ToString());
    }

    [Fact]
    public void Create_VersionsGivingDifferentDays_ReportsLocatedConflict()
    {
        var ex = Assert.Throws<RuleFileException>(() => Catalog(null, "\"06-30\""));

        Assert.Equal(
            "v2.json(10,112): error PBS280: Version 2025.2 computes a year with the version in force on 06-30, while version 2024.1 (v1.json) uses 12-31 (yearEnd, the default); "
            + "all versions of a rule set must give the same \"yearRulesOn\", or a year around a change of version could be computed by both or by neither. (at $.periods.yearRulesOn)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Create_SettingOnlyInTheLaterVersionWithoutOne_PointsAtThePeriodsOfTheLater()
    {
        var ex = Assert.Throws<RuleFileException>(() => Catalog("\"yearStart\"", null));

        Assert.Equal(
            "v2.json(10,14): error PBS280: Version 2025.2 computes a year with the version in force on 12-31 (yearEnd, the default), while version 2024.1 (v1.json) uses 01-01 (yearStart); "
            + "all versions of a rule set must give the same \"yearRulesOn\", or a year around a change of version could be computed by both or by neither. (at $.periods.yearRulesOn)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Create_VersionWithoutPeriods_DoesNotTakePart()
    {
        var withPeriods = ScoringEngine.Parse(Versioned("2024.1", "2024-01-01", "\"effectiveUntil\": \"2025-06-30\",", "\"yearStart\""), "v1.json");
        var withoutPeriods = ScoringEngine.Parse(Versioned("2025.2", "2025-07-01", string.Empty, null).Replace(Periods(null), string.Empty, StringComparison.Ordinal), "v2.json");

        var catalog = RuleSetCatalog.Create([withPeriods, withoutPeriods]);

        Assert.Equal(new DateOnly(2025, 1, 1), catalog.YearRulesDate(2025));
    }

    [Theory]
    [InlineData("2025-06-30")]
    [InlineData("02-29")]
    [InlineData("13-01")]
    [InlineData("6-30")]
    [InlineData("YearEnd")]
    public void Load_InvalidYearRulesOn_ReportsLocatedError(string value)
    {
        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Parse(Versioned("1", "2024-01-01", string.Empty, $"\"{value}\""), "v.json"));

        Assert.Equal(
            $"v.json(10,112): error PBS014: \"yearRulesOn\" is \"{value}\"; use \"yearEnd\" (a year is computed with the version in force on 31 December, the default), "
            + "\"yearStart\" (on 1 January) or a day that every year has, written MM-dd (e.g. \"06-30\"; not \"02-29\"). (at $.periods.yearRulesOn)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_NonTextYearRulesOn_IsAWrongType()
    {
        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Parse(Versioned("1", "2024-01-01", string.Empty, "1231"), "v.json"));

        Assert.Equal("v.json(10,112): error PBS005: This value has the wrong type: text in double quotes is expected here. (at $.periods.yearRulesOn)", Assert.Single(ex.Errors).ToString());
    }

    private static RuleSetCatalog Catalog(string? first, string? second) => RuleSetCatalog.Create([
        ScoringEngine.Parse(Versioned("2024.1", "2024-01-01", "\"effectiveUntil\": \"2025-06-30\",", first), "v1.json"),
        ScoringEngine.Parse(Versioned("2025.2", "2025-07-01", string.Empty, second), "v2.json"),
    ]);

    private static OrganizationHistory History() => HistoryReader.Read(Encoding.UTF8.GetBytes("""
        [{ "id": "b01", "years": { "2024": { "y": 80 }, "2025": { "y": 90 } } }]
        """))[0].History!;

    private static string Periods(string? yearRulesOn) =>
        "\"periods\": { \"components\": [ { \"id\": \"y\", \"title\": \"年\", \"frequency\": \"year\", \"weight\": 1 } ]"
        + (yearRulesOn is null ? string.Empty : $", \"yearRulesOn\": {yearRulesOn}") + " },";

    // The periods section is on line 10 (after 2 spaces): "periods" starts at column 14, its "yearRulesOn" value at column 112.
    private static string Versioned(string version, string from, string until, string? yearRulesOn) => $$"""
        {
          "id": "test",
          "title": "测试规则",
          "version": "{{version}}",
          "effectiveFrom": "{{from}}",
          {{until}}
          "scoreRange": { "min": 0, "max": 100 },
          "inputs": [ { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 } ],
          "areas": [ { "id": "a", "title": "A", "max": 100, "criteria": [ { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" } ] } ],
          {{Periods(yearRulesOn)}}
          "bands": {{RuleFiles.PassFailBands}}
        }
        """;
}
