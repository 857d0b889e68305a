using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// One engine, many threads: the engine is immutable, so every thread must get exactly the single-threaded result.
public sealed class ConcurrencyTests
{
    [Fact]
    public void ScoreBatch_OneEngineFromManyThreads_GivesTheSingleThreadedResult()
    {
        var engine = ScoringEngine.Load(Repository.File("rules/star-rating.json"));
        var records = RecordReader.ReadFile(Repository.File("samples/data/organizations.json"), engine.RuleSet);
        var expected = ResultJson.Serialize(engine.ScoreBatch(records));

        var outputs = new string[64];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            outputs[i] = ResultJson.Serialize(engine.ScoreBatch(records)));

        Assert.All(outputs, output => Assert.Equal(expected, output));
    }

    // Many records (some rejected: out of range, duplicate ids), batches kept, spooled and without traces, and single
    // records scored one by one, all at once from many threads: every output is byte-identical to the single-threaded one.
    [Fact]
    public void ScoreBatchAndScore_MixedFromManyThreads_GiveTheSingleThreadedOutputsByteForByte()
    {
        var engine = StarRating.Engine;
        var records = Enumerable.Range(0, 400).Select(i => i switch
        {
            _ when i % 97 == 13 => StarRating.Perfect($"c{i:000}").With(("activitiesHeld", -1)),
            _ when i % 151 == 7 => StarRating.WithTotal(80m, "c007"),
            _ => StarRating.WithTotal(67m + (i * 37 % 3_301 / 100m), $"c{i:000}") with { Type = StarRating.Types[i % 4] },
        }).ToList();
        var items = records.Select(RecordReadResult.Read).ToList();
        var expectedBatch = ResultJson.Serialize(engine.ScoreBatch(items));
        var expectedSingles = records.Select(r => Single(engine, r)).ToList();
        var expectedOutcomes = Outcomes(engine.ScoreBatch(items, new BatchOptions { Trace = BatchTrace.Omit }));
        Assert.Contains("PBR002", expectedBatch, StringComparison.Ordinal);
        Assert.Contains(expectedSingles, s => s.StartsWith("rejected", StringComparison.Ordinal));

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 24, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            switch (i % 4)
            {
                case 0:
                    Check(ResultJson.Serialize(engine.ScoreBatch(items)), expectedBatch, $"batch {i}");
                    break;
                case 1:
                    using (var spooled = engine.ScoreBatch(items, new BatchOptions { Trace = BatchTrace.Spool }))
                    {
                        Check(ResultJson.Serialize(spooled), expectedBatch, $"spooled batch {i}");
                    }

                    break;
                case 2:
                    Check(Outcomes(engine.ScoreBatch(items, new BatchOptions { Trace = BatchTrace.Omit })), expectedOutcomes, $"batch without traces {i}");
                    break;
                default:
                    // Single records in a different order on each thread.
                    foreach (var k in Enumerable.Range(0, records.Count).Select(n => (n * 7 + i) % records.Count))
                    {
                        Check(Single(engine, records[k]), expectedSingles[k], $"record {records[k].Id} on {i}");
                    }

                    break;
            }
        });

        Assert.Empty(failures);

        void Check(string actual, string expected, string what)
        {
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                failures.Add(what);
            }
        }
    }

    private static string Single(ScoringEngine engine, OrganizationRecord record) =>
        engine.TryScore(record, out var result, out var rejection) ? ResultJson.Serialize(result) : "rejected " + rejection;

    private static string Outcomes(BatchResult batch) => string.Join("\n",
        batch.Results.Select(r => $"{r.Rank} {r.Result.Id} {r.Result.Score} {r.Result.Band?.Id}").Concat(batch.Rejected.Select(r => r.ToString())));
}
