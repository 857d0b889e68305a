using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

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
}
