using CsCheck;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Properties;

// The scoring laws over generated rule files (RuleFileGen: criteria with points, deductions and caps, grades, bands cut
// anywhere, any rounding policy, a veto of any action) and generated records, 10,000 cases per law.
public sealed class GeneratedRuleFileLawTests
{
    private const int Cases = 10_000;

    private static Gen<(int Seed, OrganizationRecord Record)> Records(string id) =>
        Gen.Int[0, RuleFileGen.Pool - 1].SelectMany(seed => RecordGen.Record(RuleFileGen.EngineOf(seed), id).Select(record => (seed, record)));

    // A generated record, as generated or with one kind of damage (see Damage).
    private static Gen<(int Seed, OrganizationRecord Record)> DamagedRecords(string id) =>
        from t in Records(id)
        from damage in Gen.Int[0, 5]
        from pick in Gen.Int[0, 99]
        select (t.Seed, Damage(RuleFileGen.EngineOf(t.Seed).RuleSet, t.Record, damage, pick));

    private static string Print((int Seed, OrganizationRecord Record) t) => $"{RuleFileGen.Describe(t.Seed)}\n{RecordGen.Print(t.Record)}";

    [Fact]
    public void Pool_EveryGeneratedRuleFile_LoadsAndScoresItsFullMarksRecordAtTheTop()
    {
        for (var seed = 0; seed < RuleFileGen.Pool; seed++)
        {
            var engine = RuleFileGen.EngineOf(seed);
            var result = engine.Score(engine.CreateFullMarksRecord());

            Assert.Equal(engine.RuleSet.ScoreMax, result.Score);
        }
    }

    [Fact]
    public void Score_AnyRecordEvenADamagedOne_NeverThrowsAndABatchLosesNothing()
    {
        DamagedRecords("n01").Sample((seed, record) =>
        {
            var engine = RuleFileGen.EngineOf(seed);
            var scored = engine.TryScore(record, out var result, out var rejection);
            var batch = engine.ScoreBatch([record, new OrganizationRecord("n02") { Type = record.Type, Values = record.Values, Reviews = record.Reviews }]);

            Assert.True(scored ? result is not null : rejection is { Code.Length: > 0, Reason.Length: > 0 });
            Assert.Equal((2, 2), (batch.Read, batch.Results.Count + batch.Rejected.Count));
            Assert.Equal(scored ? 2 : 0, batch.Results.Count);
        }, iter: Cases, print: Print);
    }

    // The untraced fast path (criteria spliced into one delegate per layout, constants folded) over every generated rule file:
    // the same outcome or the same rejection as the traced path, for valid and damaged records alike.
    [Fact]
    public void TryScore_WithoutTraceOnGeneratedRuleFilesAndDamagedRecords_SameOutcomeOrRejectionAsWithTrace()
    {
        DamagedRecords("w01").Sample((seed, record) => WithoutTrace.AssertSameOutcome(RuleFileGen.EngineOf(seed), record), iter: Cases, print: Print);
    }

    // A batch scored with BatchTrace.Omit is the batch scored with Keep minus the traces: the same ranks, results and rejections.
    [Fact]
    public void ScoreBatch_TraceOmit_SameRanksResultsAndRejectionsAsKeepWithoutTheTraces()
    {
        var gen =
            from seed in Gen.Int[0, RuleFileGen.Pool - 1]
            from records in RecordGen.Batch(RuleFileGen.EngineOf(seed), 8)
            from damage in Gen.Int[0, 5]
            from pick in Gen.Int[0, 99]
            select (seed, (OrganizationRecord[])[.. records.Select((r, i) => i == 0 ? Damage(RuleFileGen.EngineOf(seed).RuleSet, r, damage, pick) : r)]);

        gen.Sample((seed, records) =>
        {
            var engine = RuleFileGen.EngineOf(seed);
            RecordReadResult[] items = [.. records.Select(RecordReadResult.Read)];
            var kept = engine.ScoreBatch(items, new BatchOptions { Trace = BatchTrace.Keep, MaxDegreeOfParallelism = 1 });
            var omitted = engine.ScoreBatch(items, new BatchOptions { Trace = BatchTrace.Omit, MaxDegreeOfParallelism = 1 });

            Assert.Equal(BatchTrace.Omit, omitted.Trace);
            Assert.All(omitted.Results, r => Assert.Empty(r.Result.Trace));
            Assert.Equal(kept.Read, omitted.Read);
            Assert.Equal(kept.Rejected, omitted.Rejected);
            Assert.Equal(Describe(kept), Describe(omitted));
        }, iter: Cases / 10, print: t => $"{RuleFileGen.Describe(t.Item1)}\n{string.Join("\n", t.Item2.Select(RecordGen.Print))}");

        static string[] Describe(BatchResult batch) =>
            [.. batch.Results.Select(r => $"{r.Rank} {r.Group} {WithoutTrace.Outcome(r.Result)}"), .. batch.Lagging.Select(l => l.ToString()!)];
    }

    [Fact]
    public void Score_SameRecordTwiceAndUnderAFreshEngine_GivesByteIdenticalResultJson()
    {
        Records("d01").Sample(t =>
        {
            var engine = RuleFileGen.EngineOf(t.Seed);
            var first = ResultJson.Serialize(engine.Score(t.Record));

            Assert.Equal(first, ResultJson.Serialize(engine.Score(t.Record)));
            if (t.Seed < FreshEngines.Length)
            {
                // A second engine compiled from the same text (a quarter of the pool: loading is what costs here).
                Assert.Equal(first, ResultJson.Serialize(FreshEngines[t.Seed].Value.Score(t.Record)));
            }
        }, iter: Cases, print: Print);
    }

    [Fact]
    public void ScoreBatch_ShuffledInput_GivesByteIdenticalResultJson()
    {
        var gen =
            from seed in Gen.Int[0, RuleFileGen.Pool - 1]
            from records in RecordGen.Batch(RuleFileGen.EngineOf(seed), 8)
            from shuffled in Gen.Shuffle(records.ToArray())
            select (seed, records, shuffled);

        gen.Sample((seed, records, shuffled) =>
        {
            var engine = RuleFileGen.EngineOf(seed);
            var original = engine.ScoreBatch(records);

            Assert.Equal((records.Length, records.Length), (original.Read, original.Results.Count + original.Rejected.Count));
            Assert.Equal(ResultJson.Serialize(original), ResultJson.Serialize(engine.ScoreBatch(shuffled)));
        }, iter: Cases, print: t => $"{RuleFileGen.Describe(t.Item1)}\n{string.Join("\n", t.Item2.Select(RecordGen.Print))}");
    }

    [Fact]
    public void Score_ABetterValueOfOneCriterionInput_NeverLowersTheScoreOrTheBand()
    {
        var gen =
            from t in Records("m01")
            let criteria = RuleFileGen.EngineOf(t.Seed).RuleSet.Inputs.Where(i => i.Id != "violations").ToArray()
            from input in Gen.OneOf(criteria)
            from pair in RuleFileGen.Pair(input)
            select (t.Seed, t.Record, input.Id, pair.Worse, pair.Better);

        gen.Sample((seed, record, input, worse, better) =>
        {
            var engine = RuleFileGen.EngineOf(seed);
            var low = engine.Score(record.With((input, worse)));
            var high = engine.Score(record.With((input, better)));

            Assert.True(high.Score >= low.Score, $"{input} {worse} → {low.Score}, {better} → {high.Score}");
            Assert.True(Level(high) >= Level(low), $"{input} {worse} → {low.Band?.Label}, {better} → {high.Band?.Label}");
        }, iter: Cases, print: t => $"{Print((t.Item1, t.Item2))}\n{t.Item3}: {t.Item4} → {t.Item5}");
    }

    [Fact]
    public void Score_OfAnyValidRecord_StaysWithinTheDeclaredBounds()
    {
        Records("s01").Sample(t =>
        {
            var engine = RuleFileGen.EngineOf(t.Seed);
            var ruleSet = engine.RuleSet;
            var result = engine.Score(t.Record);

            Assert.InRange(result.Score, ruleSet.ScoreMin, ruleSet.ScoreMax);
            Assert.All(result.Areas, area => Assert.InRange(area.Points, 0m, area.Max));
            Assert.All(result.Trace, line => Assert.InRange(line.Points, 0m, line.Max));
            Assert.NotNull(result.BandBeforeVetoes);
            Assert.True(result.Band is not null || result.Vetoes.Any(v => v.Action == VetoAction.Revoke), "no band without a revoking veto");
            var decimals = ruleSet.Rounding.FinalDecimals;
            Assert.Equal(result.Score, Math.Round(result.Score, decimals));
        }, iter: Cases, print: Print);
    }

    private static readonly Lazy<ScoringEngine>[] FreshEngines =
        [.. Enumerable.Range(0, RuleFileGen.Pool / 4).Select(seed => new Lazy<ScoringEngine>(() => ScoringEngine.Parse(RuleFileGen.Json(seed), $"fresh-{seed}.json")))];

    private static int Level(ScoreResult result) => result.Band?.Level ?? 0;

    // 0: as generated; 1: an input left out; 2: text for a number; 3: out of range; 4: an undeclared input; 5: no type check (grade text unknown).
    private static OrganizationRecord Damage(RuleSet ruleSet, OrganizationRecord record, int damage, int pick)
    {
        var input = ruleSet.Inputs[pick % ruleSet.Inputs.Count];
        return damage switch
        {
            1 => record.Without(input.Id),
            2 => record.With((input.Id, "十")),
            3 => record.With((input.Id, -1)),
            4 => record.With(("undeclared", 1)),
            5 => record.With((input.Id, true)),
            _ => record,
        };
    }
}
