using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Cycle;

// Period components combined by method and missing-period policy, on small inline rule files (input x scored 0..100).
public sealed class PeriodCombinationTests
{
    [Fact]
    public void TryComputeYear_MeanExcludingMissingMonths_AveragesThePresentOnes()
    {
        var result = Year(Component("month", "mean", "exclude", 1), ("c1", Months(80, 90, null, 100, null, null, null, null, null, null, null, null)));

        Assert.Equal(90m, result.Score);
        Assert.Equal(["2026-03", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"], result.Components[0].MissingPeriods);
    }

    [Fact]
    public void TryComputeYear_MeanWithMissingQuarterAsZero_CountsZero()
    {
        var result = Year(Component("quarter", "mean", "zero", 1), ("c1", Scores(80, 90, null, 70)));

        Assert.Equal(60m, result.Score);
        Assert.Equal([80m, 90m, null, 70m], result.Components[0].PeriodScores);
    }

    [Fact]
    public void TryComputeYear_SumOfQuartersReweightedForAMissingComponent_IsClampedToTheScoreRange()
    {
        // A sum with weight 1 is rejected at load (PBS290); at 0.25 it can still pass the range when the other component
        // is missing and excluded, and the quarter sum then carries the whole year.
        var result = Year(Component("quarter", "sum", "zero", 0.25m) + ", " + Component("year", "last", "exclude", 0.75m, id: "c2"),
            ("c1", Scores(30, 30, 30, 30)), ("c2", Scores([null])));

        Assert.Equal(120m, result.Unrounded);
        Assert.Equal(100m, result.Score);
    }

    [Fact]
    public void TryComputeYear_LastWithMissingDecemberExcluded_TakesNovember()
    {
        var result = Year(Component("month", "last", "exclude", 1), ("c1", Months(10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 85, null)));

        Assert.Equal(85m, result.Score);
    }

    [Fact]
    public void TryComputeYear_ComponentWithEveryPeriodExcluded_ReweightsTheOthers()
    {
        var result = Year(Component("month", "mean", "exclude", 0.4m) + ", " + Component("year", "last", "reject", 0.6m, id: "c2"),
            ("c2", Scores(70)));

        Assert.Null(result.Components[0].Score);
        Assert.Equal([0m, 1m], result.Components.Select(c => c.AppliedWeight));
        Assert.Equal(70m, result.Score);
    }

    [Fact]
    public void TryComputeYear_WeightsInPerCent_AreReadAsShares()
    {
        var result = Year(Component("year", "last", "reject", 40) + ", " + Component("year", "last", "reject", 60, id: "c2"),
            ("c1", Scores(50)), ("c2", Scores(100)));

        Assert.Equal([0.4m, 0.6m], result.Components.Select(c => c.Weight));
        Assert.Equal(80m, result.Score);
    }

    [Fact]
    public void TryComputeYear_CriteriaComponent_ScoresTheValuesWithTheRuleSet()
    {
        var history = History(("c1", [PeriodEntry.FromValues(new Dictionary<string, InputValue> { ["x"] = 77 })]));

        var result = Compute(Component("year", "last", "reject", 1, source: "criteria"), history);

        Assert.Equal(77m, result.Score);
        Assert.Equal(77m, Assert.Single(result.Components[0].Scored).Score);
    }

    [Theory]
    [InlineData("month", "reject", "PBR203: year 2026: the period 2026-02 of \"c1\" (C1) is missing, and the rule file rejects a year with a missing period (\"missing\": \"reject\").")]
    [InlineData("quarter", "zero", "PBR202: year 2026: \"c1\" (C1) is collected quarterly, so it needs 4 entries (null for a missing period), not 12.")]
    public void TryComputeYear_PeriodsThatDoNotFit_AreRejected(string frequency, string missing, string expected)
    {
        var rejection = Rejected(Component(frequency, "mean", missing, 1), ("c1", Months(80, null, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80)));

        Assert.Equal("o1: " + expected, rejection.ToString());
    }

    [Fact]
    public void TryComputeYear_ScoreOutsideTheRange_IsRejected()
    {
        var rejection = Rejected(Component("year", "last", "reject", 1), ("c1", Scores(101)));

        Assert.Equal("o1: PBR204: year 2026: the score 101 for 2026 of \"c1\" is outside the score range 0–100.", rejection.ToString());
    }

    [Fact]
    public void TryComputeYear_UndeclaredComponent_IsRejected()
    {
        var rejection = Rejected(Component("year", "last", "reject", 1), ("c1", Scores(90)), ("inspections", Scores(90)));

        Assert.Equal("o1: PBR202: year 2026: \"inspections\" is not a period component of test 1 (components: \"c1\").", rejection.ToString());
    }

    [Fact]
    public void TryComputeYear_CriteriaValuesTheEngineRejects_AreRejectedWithTheInnerReason()
    {
        var history = History(("c1", [PeriodEntry.FromValues(new Dictionary<string, InputValue> { ["x"] = 150 })]));

        var rejection = Rejected(Component("year", "last", "reject", 1, source: "criteria"), history);

        Assert.Equal("o1: PBR205: year 2026: the period 2026 of \"c1\" cannot be scored: PBR006: input \"x\" (X) must be at most 100, but the record gives 150.", rejection.ToString());
    }

    [Fact]
    public void TryComputeYear_ValuesForAScoreComponent_AreRejected()
    {
        var history = History(("c1", [PeriodEntry.FromValues(new Dictionary<string, InputValue> { ["x"] = 50 })]));

        var rejection = Rejected(Component("year", "last", "reject", 1), history);

        Assert.Equal("o1: PBR204: year 2026: the period 2026 of \"c1\" needs a score (a number), not input values.", rejection.ToString());
    }

    internal static string Component(string frequency, string method, string missing, decimal weight, string id = "c1", string source = "score") =>
        $$"""{ "id": "{{id}}", "title": "{{id.ToUpperInvariant()}}", "frequency": "{{frequency}}", "method": "{{method}}", "missing": "{{missing}}", "source": "{{source}}", "weight": {{weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }""";

    internal static ScoringEngine Engine(string components, string? more = null) =>
        RuleFiles.SinglePoints(more: $$"""{{more}} "periods": { "components": [ {{components}} ] },""");

    internal static OrganizationHistory History(params (string Id, PeriodEntry?[] Entries)[] components) => new("o1")
    {
        Years = [new AssessmentYear(2026, components.ToDictionary(c => c.Id, c => (IReadOnlyList<PeriodEntry?>)c.Entries))],
    };

    internal static PeriodEntry?[] Scores(params decimal?[] scores) => [.. scores.Select(s => s is { } v ? PeriodEntry.FromScore(v) : null)];

    private static PeriodEntry?[] Months(params decimal?[] scores) => Scores(scores);

    private static AnnualResult Year(string components, params (string Id, PeriodEntry?[] Entries)[] given) => Compute(components, History(given));

    private static AnnualResult Compute(string components, OrganizationHistory history)
    {
        var cycle = new AssessmentCycle(RuleSetCatalog.Create([Engine(components)]));
        Assert.True(cycle.TryComputeYear(history, 2026, out var result, out var rejection), rejection?.ToString());
        return result;
    }

    private static RecordRejection Rejected(string components, params (string Id, PeriodEntry?[] Entries)[] given) => Rejected(components, History(given));

    private static RecordRejection Rejected(string components, OrganizationHistory history)
    {
        var cycle = new AssessmentCycle(RuleSetCatalog.Create([Engine(components)]));
        Assert.False(cycle.TryComputeYear(history, 2026, out _, out var rejection));
        return rejection;
    }
}
