using CsCheck;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Properties;

// The laws every rule set must keep, sampled over random valid records of the shipped rule files.
public sealed class ScoringLawTests
{
    private const int Iterations = 10_000;

    // A batch of up to 12 star-rating records scored twice with traces and serialized costs about 5 ms, so this law runs
    // 1,000 batches here; GeneratedRuleFileLawTests runs it 10,000 times over generated rule files.
    private const int BatchIterations = 1_000;

    private static readonly ScoringEngine StarRatingEngine = StarRating.Engine;
    private static readonly ScoringEngine FiveGoodsEngine = ScoringEngine.Load(Repository.File("rules/five-goods-three-reviews.json"));

    public static TheoryData<string> RuleFiles => ["star-rating", "five-goods-three-reviews"];

    private static ScoringEngine EngineFor(string name) => name == "star-rating" ? StarRatingEngine : FiveGoodsEngine;

    private static int Level(ScoreResult result) => result.Band?.Level ?? 0;

    [Fact]
    public void StarRating_MorePointsInAPointsInput_NeverLowerTheScoreOrTheBand()
    {
        var ruleSet = StarRatingEngine.RuleSet;
        var pointsInputs = ruleSet.Areas.SelectMany(a => a.Criteria).Where(c => c.Method == ScoringMethod.Points)
            .Select(c => ruleSet.Inputs.Single(i => i.Id == c.Input)).ToArray();
        var gen =
            from record in RecordGen.Record(StarRatingEngine, "m01")
            from input in Gen.OneOf(pointsInputs)
            from a in RecordGen.Value(input)
            from b in RecordGen.Value(input)
            select (record, input.Id, Math.Min(a.Number, b.Number), Math.Max(a.Number, b.Number));

        gen.Sample((record, input, lower, higher) =>
        {
            var low = StarRatingEngine.Score(record.With((input, lower)));
            var high = StarRatingEngine.Score(record.With((input, higher)));

            Assert.True(high.Score >= low.Score, $"{input} {lower} → {low.Score}, {higher} → {high.Score}");
            Assert.True(Level(high) >= Level(low), $"{input} {lower} → {low.Band?.Label}, {higher} → {high.Band?.Label}");
        }, iter: Iterations, print: t => $"{RecordGen.Print(t.Item1)}; {t.Item2} {t.Item3} → {t.Item4}");
    }

    [Fact]
    public void StarRating_MoreOccurrencesOfADeduction_NeverRaiseTheScore()
    {
        var ruleSet = StarRatingEngine.RuleSet;
        var counted = ruleSet.Areas.SelectMany(a => a.Criteria).Where(c => c.Method == ScoringMethod.Deduction)
            .Select(c => ruleSet.Inputs.Single(i => i.Id == c.Input)).ToArray();
        var gen =
            from record in RecordGen.Record(StarRatingEngine, "m02")
            from input in Gen.OneOf(counted)
            from a in RecordGen.Value(input)
            from b in RecordGen.Value(input)
            select (record, input.Id, Math.Min(a.Number, b.Number), Math.Max(a.Number, b.Number));

        gen.Sample((record, input, fewer, more) =>
        {
            var few = StarRatingEngine.Score(record.With((input, fewer)));
            var many = StarRatingEngine.Score(record.With((input, more)));

            Assert.True(many.Score <= few.Score, $"{input} {fewer} → {few.Score}, {more} → {many.Score}");
        }, iter: Iterations, print: t => $"{RecordGen.Print(t.Item1)}; {t.Item2} {t.Item3} → {t.Item4}");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Score_OfAnyValidRecord_StaysWithinTheScoreRangeAndEachAreaWithinItsMax(string ruleFile)
    {
        var engine = EngineFor(ruleFile);
        var ruleSet = engine.RuleSet;

        RecordGen.Record(engine, "s01").Sample(record =>
        {
            var result = engine.Score(record);

            Assert.InRange(result.Score, ruleSet.ScoreMin, ruleSet.ScoreMax);
            Assert.All(result.Reviews, r => Assert.InRange(r.Score, ruleSet.ScoreMin, ruleSet.ScoreMax));
            foreach (var area in result.Areas)
            {
                var definition = ruleSet.Areas.Single(a => a.Id == area.Id);
                Assert.InRange(area.Points, 0m, definition.Cap ?? area.Max);
            }

            Assert.All(result.Trace, t => Assert.InRange(t.Points, t.Kind == CriterionKind.Penalty ? -t.Max : 0m, t.Max));
            Assert.NotNull(result.BandBeforeVetoes);
        }, iter: Iterations, print: RecordGen.Print);
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void ScoreBatch_ShuffledInput_GivesTheSameResult(string ruleFile)
    {
        var engine = EngineFor(ruleFile);
        var gen =
            from records in RecordGen.Batch(engine, 12)
            from shuffled in Gen.Shuffle(records.ToArray())
            select (records, shuffled);

        gen.Sample((records, shuffled) =>
        {
            var original = engine.ScoreBatch(records);
            var reordered = engine.ScoreBatch(shuffled);

            Assert.Equal(records.Length, original.Read);
            Assert.Equal(original.Read, original.Results.Count + original.Rejected.Count);
            Assert.Equal(ResultJson.Serialize(original), ResultJson.Serialize(reordered));
        }, iter: BatchIterations, print: t => string.Join(Environment.NewLine, t.Item1.Select(RecordGen.Print)));
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Score_SameRecordTwice_GivesIdenticalResults(string ruleFile)
    {
        var engine = EngineFor(ruleFile);
        var fresh = ScoringEngine.Load(Repository.File($"rules/{ruleFile}.json"));

        RecordGen.Record(engine, "d01").Sample(record =>
        {
            var first = ResultJson.Serialize(engine.Score(record));

            Assert.Equal(first, ResultJson.Serialize(engine.Score(record)));
            Assert.Equal(first, ResultJson.Serialize(fresh.Score(record)));
        }, iter: Iterations, print: RecordGen.Print);
    }
}
