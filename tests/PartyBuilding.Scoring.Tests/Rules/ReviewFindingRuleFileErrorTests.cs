using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Rules;

// Rule files that validated although they could not work (review of main, findings 7, 11 and 19): each is now a
// located load error. The sections are written on line 7 of RuleFiles.Json, after 2 spaces; columns count characters.
public sealed class ReviewFindingRuleFileErrorTests
{
    private const string NumberInputs = """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 },
        { "id": "n1", "title": "N1", "type": "number", "min": 0, "max": 100 },
        { "id": "n2", "title": "N2", "type": "number", "min": 0, "max": 100 },
        { "id": "c", "title": "C", "type": "count", "default": 0 },
        { "id": "c2", "title": "C2", "type": "count", "default": 0 }
        """;

    private const string ReadingArea = """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "k", "title": "K", "max": 100, "method": "formula", "expression": "Math.Min(100, x + n1 + n2 + c + c2)", "message": "{points}" }
        ] }
        """;

    private static IEnumerable<string> Errors(string more, string? areas = null, string? inputs = null)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.Engine(inputs ?? NumberInputs, areas ?? ReadingArea, more: more));
        return ex.Errors.Select(e => e.ToString());
    }

    [Fact]
    public void Load_DeadlineDaysBeyondTenYears_IsRejectedAtTheCriterionInsteadOfCrashingInspections()
    {
        var errors = Errors("", """
            { "id": "a", "title": "A", "max": 100, "criteria": [
              { "id": "k", "title": "K", "max": 100, "method": "points", "input": "x", "message": "{points}" },
              { "id": "p", "title": "P", "kind": "penalty", "max": 10, "method": "deduction", "input": "c", "perOccurrence": 1, "deadlineDays": 2147483647, "message": "{deducted}" }
            ] }
            """, """{ "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 }, { "id": "c", "title": "C", "type": "count", "default": 0 }""");

        Assert.Equal("test.json(11,133): error PBS311: The rectification deadline of criterion \"p\" is 2147483647 days; it can be at most 3650 days (10 years). (at $.areas[0].criteria[1].deadlineDays)", Assert.Single(errors));
    }

    [Theory]
    [InlineData("""
        "peers": [ { "input": "n1", "of": "n2", "statistic": "highest" }, { "input": "n2", "of": "x", "statistic": "highest" } ],
        """, "(7,37): error PBS017: The peer input \"n1\" compares \"n2\", which is another peer input; a peer statistic is taken from values the records give, so \"of\" must name an input the records supply. (at $.peers[0].of)")]
    [InlineData("""
        "peers": [ { "input": "n1", "of": "n1", "statistic": "highest" } ],
        """, "(7,37): error PBS017: The peer input \"n1\" compares \"n1\", which is the input this peer input fills itself; a peer statistic is taken from values the records give, so \"of\" must name an input the records supply. (at $.peers[0].of)")]
    [InlineData("""
        "childInputs": [ { "input": "n2", "statistic": "mean" } ], "peers": [ { "input": "n1", "of": "n2", "statistic": "highest" } ],
        """, "(7,96): error PBS017: The peer input \"n1\" compares \"n2\", which is a child input, filled from the organizations under each record; a peer statistic is taken from values the records give, so \"of\" must name an input the records supply. (at $.peers[0].of)")]
    public void Load_PeerOfAnInputFilledFromTheBatch_IsALocatedError(string section, string expected)
    {
        Assert.Equal("test.json" + expected, Assert.Single(Errors(section)));
    }

    [Fact]
    public void Load_PeerInputThatNothingReads_IsALocatedError()
    {
        var errors = Errors("""
            "peers": [ { "input": "n1", "of": "x", "statistic": "highest" } ],
            """, """
            { "id": "a", "title": "A", "max": 100, "criteria": [
              { "id": "k", "title": "K", "max": 100, "method": "points", "input": "x", "message": "{points}" }
            ] }
            """, """{ "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 }, { "id": "n1", "title": "N1", "type": "number", "min": 0, "max": 100 }""");

        Assert.Equal("test.json(7,25): error PBS017: The peer input \"n1\" is filled from the group, but no criterion or veto reads it, so it would change nothing. (at $.peers[0].input)", Assert.Single(errors));
    }

    [Fact]
    public void Load_RectificationCountsTwoStatusesIntoOneInput_IsPBS320()
    {
        var errors = Errors("""
            "rectification": { "counts": { "overdue": "c", "open": "c" } },
            """);

        Assert.Equal("test.json(7,58): error PBS320: The input \"c\" already receives the number of overdue problems; each status needs its own count input, or one count would silently replace the other. (at $.rectification.counts.open)", Assert.Single(errors));
    }

    [Fact]
    public void Load_RectificationSourceListedTwice_IsPBS012()
    {
        var errors = Errors("""
            "rectification": { "counts": { "overdue": "c" }, "sources": [ "review", "review" ] },
            """);

        Assert.Equal("test.json(7,75): error PBS012: The problem source \"review\" is listed twice; list each source once. (at $.rectification.sources[1])", Assert.Single(errors));
    }

    [Fact]
    public void Load_DutyReviewInputAlsoFilledByAComponent_IsPBS300()
    {
        var errors = Errors("""
            "components": [ { "id": "k1", "title": "K1", "from": "other", "take": "score", "input": "n1" } ],
            "dutyReview": { "input": "n1", "grades": { "好": 95 }, "categories": [ { "id": "all", "title": "全体", "weight": 1 } ] },
            """);

        Assert.Equal("test.json(8,26): error PBS300: The input \"n1\" is filled by the component \"k1\", so it cannot also receive the review score; give the review score its own input. (at $.dutyReview.input)", Assert.Single(errors));
    }

    [Fact]
    public void Load_WholeNumberAboveIntRange_SaysItIsTooLargeAndGivesTheLimit()
    {
        var errors = Errors("""
            "lagging": { "bottomCount": 99999999999 },
            """);

        Assert.Equal("test.json(7,31): error PBS013: The whole number 99999999999 is too large here: the largest allowed is 2147483647. (at $.lagging.bottomCount)", Assert.Single(errors));
    }

    [Fact]
    public void Load_FractionWhereAWholeNumberIsExpected_IsStillAWrongType()
    {
        var errors = Errors("""
            "lagging": { "bottomCount": 2.5 },
            """);

        Assert.Equal("test.json(7,31): error PBS005: This value has the wrong type: a whole number is expected here. (at $.lagging.bottomCount)", Assert.Single(errors));
    }

    [Fact]
    public void Load_TinyPositiveShare_IsNotQuotedBackAsZero()
    {
        var errors = Errors("""
            "lagging": { "title": "后进", "bottomShare": 1e-30 },
            """);

        Assert.Equal("test.json(7,46): error PBS013: \"bottomShare\" is a share: more than 0 and at most 1 (0.05 is 5%); the value given is 0 or too small to count (the smallest share is 0.0000000000000000000000000001). (at $.lagging.bottomShare)", Assert.Single(errors));
    }

    [Theory]
    [InlineData("""
        "periods": { "components": [ { "id": "q", "title": "季", "frequency": "quarter", "method": "sum", "weight": 1 } ] },
        """, "(7,93): error PBS290: The period component \"q\" sums 4 quarter scores with weight 1, so full marks in every period would give 4 times the top of the score range and the annual score would be cut off there. Use \"mean\", or a weight of at most 0.25 so that the sum stays in the range. (at $.periods.components[0].method)")]
    [InlineData("""
        "periods": { "components": [ { "id": "m", "title": "月", "frequency": "month", "method": "sum", "weight": 60 }, { "id": "y", "title": "年", "frequency": "year", "weight": 40 } ] },
        """, "(7,91): error PBS290: The period component \"m\" sums 12 month scores with weight 60, so full marks in every period would give 7.2 times the top of the score range and the annual score would be cut off there. Use \"mean\", or a weight of at most 8.3333 so that the sum stays in the range. (at $.periods.components[0].method)")]
    public void Load_PeriodSumThatCanPassTheScoreRange_IsRejectedInsteadOfSaturating(string section, string expected)
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.SinglePoints(more: section));

        Assert.Equal("test.json" + expected, Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_PeriodSumOfPartialScores_IsAccepted()
    {
        var engine = RuleFiles.SinglePoints(more: """
            "periods": { "components": [ { "id": "q", "title": "季", "frequency": "quarter", "method": "sum", "weight": 0.25 }, { "id": "y", "title": "年", "frequency": "year", "weight": 0.75 } ] },
            """);

        Assert.Equal(PartyBuilding.Scoring.Periods.PeriodMethod.Sum, engine.RuleSet.PeriodComponents[0].Method);
    }
}
