using CsCheck;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Scoring without a trace (ScoreOptions.WithoutTrace) runs the criteria through one compiled delegate per layout; it must
// give exactly what scoring with a trace gives — score, total, bands, areas, reviews, vetoes, the same rejection — with an
// empty trace, for valid and broken records alike.
public sealed class ScoreOptionsTests
{
    private const int Iterations = 300;

    private static readonly ScoringEngine[] Shipped = [.. RuleSets.Names.Select(RuleSets.Load)];

    // Rounding at every stage, a bonus and a penalty in a deduction area under a cap, formulas with folded constants.
    private static readonly ScoringEngine EveryStage = RuleFiles.Engine(
        """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 10 },
        { "id": "k", "title": "K", "type": "count", "max": 20 },
        { "id": "b", "title": "B", "type": "boolean" },
        { "id": "g", "title": "G", "type": "grade", "choices": ["好", "中", "差"] }
        """,
        """
        { "id": "a1", "title": "A1", "max": 60, "criteria": [
          { "id": "f1", "title": "F1", "max": 30, "method": "formula", "expression": "x * (2 + 3) / 7 + (1 > 2 ? x : x * 0.05) - Math.Abs(x - 12) * (4 - 2 * 2)", "message": "{points}" },
          { "id": "p1", "title": "P1", "max": 9.5, "method": "points", "input": "x", "message": "{points}" },
          { "id": "g1", "title": "G1", "max": 7, "method": "grade", "input": "g", "points": { "好": 7, "中": 3.25, "差": 0 }, "message": "{points}" },
          { "id": "c1", "title": "C1", "max": 6, "method": "check", "input": "b", "pointsIfNotMet": 1.5, "message": "{points}" },
          { "id": "d1", "title": "D1", "max": 8, "method": "deduction", "input": "k", "perOccurrence": 0.75, "cap": 6, "message": "{points}" }
        ] },
        { "id": "a2", "title": "A2", "max": 40, "cap": 41.5, "criteria": [
          { "id": "pen", "title": "Pen", "kind": "penalty", "max": 15, "method": "deduction", "input": "k", "perOccurrence": 1.5, "message": "{points}" },
          { "id": "bon", "title": "Bon", "kind": "bonus", "max": 3, "method": "formula", "expression": "Math.Round(x / 3, 2) + Math.Max(0, 2 - 5)", "message": "{points}" }
        ] }
        """,
        more: """  "rounding": { "decimals": 1, "mode": "toEven", "applyTo": ["criterion", "area", "total", "final"] },""");

    private static readonly ScoringEngine Dividing = RuleFiles.Engine(
        """{ "id": "k", "title": "K", "type": "count", "max": 5 }""",
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "cf", "title": "CF", "max": 100, "method": "formula", "expression": "10 / k", "message": "{points}" } ] }
        """);

    private static readonly ScoringEngine Rejecting = RuleFiles.SinglePoints(more: """  "pointsOutOfRange": "reject",""");

    public static TheoryData<string> ShippedNames => [.. RuleSets.Names];

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void TryScore_WithoutTrace_SameOutcomeOrRejectionAsWithTrace(string name)
    {
        var engine = Shipped[RuleSets.Names.ToList().IndexOf(name)];
        Records(engine).Sample(record => WithoutTrace.AssertSameOutcome(engine, record), iter: Iterations, print: RecordGen.Print);
    }

    [Fact]
    public void TryScore_WithoutTraceRoundingAtEveryStage_SameOutcomeAsWithTrace() =>
        Records(EveryStage).Sample(record => WithoutTrace.AssertSameOutcome(EveryStage, record), iter: Iterations, print: RecordGen.Print);

    [Fact]
    public void Score_WithoutTraceFormulaDividesByZero_SameRejectionNamingTheCriterion()
    {
        var record = Record("r1", ("k", 0));

        var rejection = Assert.Throws<RecordRejectedException>(() => Dividing.Score(record, ScoreOptions.WithoutTrace)).Rejection;

        Assert.Equal(new RecordRejection("r1", null, RecordRejectionCodes.EvaluationFailed,
            "criterion \"cf\" could not be evaluated for this record: it divides by zero (expression: 10 / k)."), rejection);
        Assert.Equal(Dividing.Rejection(record), rejection);
    }

    [Fact]
    public void Score_WithoutTracePointsAboveMaxUnderReject_SameRejection()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 }""",
            """
            { "id": "a", "title": "A", "max": 100, "criteria": [
              { "id": "c", "title": "C", "max": 50, "method": "points", "input": "x", "message": "{points}" } ] }
            """,
            more: """  "pointsOutOfRange": "reject",""");
        var record = Record("r1", ("x", 60));

        var rejection = Assert.Throws<RecordRejectedException>(() => engine.Score(record, ScoreOptions.WithoutTrace)).Rejection;

        Assert.Equal(engine.Rejection(record), rejection);
        Assert.Equal(RecordRejectionCodes.PointsAboveMax, rejection.Code);
        Assert.Equal(50m, engine.Score(Record("r2", ("x", 50)), ScoreOptions.WithoutTrace).Score);
        Assert.Equal(80m, Rejecting.Score(Record("r3", ("x", 80)), ScoreOptions.WithoutTrace).Score);
    }

    [Fact]
    public void Score_WithoutTrace_EmptyTraceSameOutcome()
    {
        var record = StarRating.Perfect();

        var plain = StarRating.Engine.Score(record, ScoreOptions.WithoutTrace);
        var traced = StarRating.Engine.Score(record);

        Assert.Empty(plain.Trace);
        Assert.Equal(19, traced.Trace.Count);
        Assert.Equal(WithoutTrace.Outcome(traced), WithoutTrace.Outcome(plain));
        Assert.Equal(19, StarRating.Engine.Score(record, default(ScoreOptions)).Trace.Count);
        Assert.Equal(19, StarRating.Engine.Score(record, new ScoreOptions { OmitTrace = false }).Trace.Count);
        Assert.True(StarRating.Engine.TryScore(record, ScoreOptions.WithoutTrace, out var tried, out _));
        Assert.Equal(WithoutTrace.Outcome(traced), WithoutTrace.Outcome(tried));
    }

    // Valid records, and records with one value left out, out of range or of the wrong kind.
    private static Gen<OrganizationRecord> Records(ScoringEngine engine) =>
        from record in RecordGen.Record(engine, "r01")
        from damage in Gen.Int[0, 5]
        from pick in Gen.Int[0, 1000]
        select Damage(engine.RuleSet, record, damage, pick);

    private static OrganizationRecord Damage(RuleSet ruleSet, OrganizationRecord record, int damage, int pick)
    {
        if (damage > 2 || record.Values.Count == 0)
        {
            return record;
        }

        var id = record.Values.Keys.Order(StringComparer.Ordinal).ElementAt(pick % record.Values.Count);
        return damage switch
        {
            0 => record.Without(id),
            1 => record.With((id, 1_000_000m)),
            _ => record.With((id, "x")),
        };
    }
}
