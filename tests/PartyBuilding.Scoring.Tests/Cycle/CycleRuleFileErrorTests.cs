using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Cycle;

// Located errors in the assessment-cycle sections. The sections are written on line 7 of RuleFiles.Json, after 2 spaces; columns count characters.
public sealed class CycleRuleFileErrorTests
{
    [Theory]
    [InlineData("""
        "periods": { "components": [ { "id": "m", "title": "月", "frequency": "month", "weight": 0.5 }, { "id": "y", "title": "年", "frequency": "year", "weight": 0.4 } ] },
        """, "(7,30): error PBS200: The weights of the period components add up to 0.9; they must add up to exactly 1 (or 100, read as per cent). (at $.periods.components)")]
    [InlineData("""
        "effectiveUntil": "2025-12-31",
        """, "(7,21): error PBS201: The rules end on 2025-12-31, before they take effect on 2026-01-01; \"effectiveUntil\" must be on or after \"effectiveFrom\". (at $.effectiveUntil)")]
    [InlineData("""
        "effectiveUntil": "2026/12/31",
        """, "(7,21): error PBS015: \"2026/12/31\" is not a date written as yyyy-MM-dd, e.g. 2025-12-31. (at $.effectiveUntil)")]
    [InlineData("""
        "starValidity": { "years": 2 },
        """, "(7,19): error PBS202: \"starValidity\" needs a \"procedure\": a star level is only valid when it was determined through the declared steps. (at $.starValidity)")]
    [InlineData("""
        "events": [ { "kind": "violation", "title": "违纪", "action": "lower", "levels": 1 } ],
        """, "(7,13): error PBS202: \"procedure\" and \"events\" act on star levels, so the file also needs \"starValidity\": { \"years\": N }. (at $.events)")]
    [InlineData("""
        "starValidity": { "years": 0 }, "procedure": [ { "id": "decide", "title": "认定" } ],
        """, "(7,30): error PBS013: \"starValidity.years\" must be a whole number of years from 1 to 10. (at $.starValidity.years)")]
    [InlineData("""
        "periods": { "components": [ { "id": "m", "title": "月", "frequency": "weekly", "weight": 1 } ] },
        """, "(7,72): error PBS014: \"weekly\" is not a frequency: use one of \"month\", \"quarter\", \"year\". (at $.periods.components[0].frequency)")]
    [InlineData("""
        "periods": { "components": [ { "id": "m", "title": "月", "frequency": "month", "missing": "skip", "weight": 1 } ] },
        """, "(7,92): error PBS014: \"skip\" is not a missing-period policy: use one of \"zero\", \"exclude\", \"reject\". (at $.periods.components[0].missing)")]
    [InlineData("""
        "periods": { "components": [ { "id": "m", "title": "月", "frequency": "month", "weigth": 1 } ] },
        """, "(7,32): error PBS010: The period component \"m\" needs a \"weight\": its share of the annual result. (at $.periods.components[0].weight)")]
    [InlineData("""
        "starValidity": { "years": 2 }, "procedure": [ { "id": "decide", "title": "认定" } ], "events": [ { "kind": "violation", "title": "违纪", "action": "lower" } ],
        """, "(7,99): error PBS010: The event kind \"violation\" lowers the star level and needs \"levels\": by how many. (at $.events[0].levels)")]
    [InlineData("""
        "starValidity": { "years": 2 }, "procedure": [ { "id": "decide", "title": "认定" } ], "events": [ { "kind": "serious", "title": "严重违纪", "action": "revoke", "levels": 1 } ],
        """, "(7,167): error PBS017: \"levels\" has no effect with action \"revoke\"; remove it. (at $.events[0].levels)")]
    [InlineData("""
        "starValidity": { "years": 2 }, "procedure": [ { "id": "decide", "title": "认定" }, { "id": "decide", "title": "再认定" } ],
        """, "(7,93): error PBS012: The procedure step \"decide\" is declared twice. (at $.procedure[1].id)")]
    public void Load_BrokenCycleSection_ReportsOneLocatedError(string section, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.SinglePoints(more: section));

        var errors = ex.Errors.Select(e => e.ToString()).Where(e => !e.Contains("PBS006", StringComparison.Ordinal));
        Assert.Equal("test.json" + expected, Assert.Single(errors));
    }

    [Fact]
    public void Load_MisspelledPropertyInPeriods_PointsAtTheName()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.SinglePoints(more: """
            "periods": { "components": [ { "id": "y", "title": "年", "frequency": "year", "weight": 1, "mehtod": "mean" } ] },
            """));

        Assert.Equal(
            "test.json(7,93): error PBS006: \"mehtod\" is not a property the rule-file format knows here; check the spelling (property names are case-sensitive). (at $.periods.components[0].mehtod)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_ShippedCycleVersions_DeclareTheCycle()
    {
        var rules = ScoringEngine.Load(Repository.File("rules/star-rating-cycle-2024.json")).RuleSet;

        Assert.Equal(["inspection", "routine", "yearEnd"], rules.PeriodComponents.Select(c => c.Id));
        Assert.Equal(2, rules.StarValidityYears);
        Assert.Equal(["selfCheck", "application", "preliminaryReview", "committeeApplication", "teamAssessment", "determination"], rules.Procedure.Select(s => s.Id));
        Assert.Equal(new DateOnly(2025, 12, 31), rules.EffectiveUntil);
    }
}
