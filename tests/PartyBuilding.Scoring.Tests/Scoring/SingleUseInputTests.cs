using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Review 2 #1: a rule file with peers or childInputs scores in several passes; a single-use input (a stream reader,
// a generator) was enumerated once per pass, so every pass after the first saw nothing and the batch said "Read 0".
public sealed class SingleUseInputTests
{
    private const string Inputs = """
        { "id": "x", "title": "X", "type": "number", "min": 0, "max": 80 },
        { "id": "best", "title": "同组最高", "type": "number", "min": 0, "max": 80, "default": 0 },
        { "id": "branchMean", "title": "所属支部平均分", "type": "number", "min": 0, "max": 100, "default": 0 }
        """;

    private const string Areas = """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "own", "title": "本级", "max": 80, "method": "points", "input": "x", "message": "{points}" },
          { "id": "peer", "title": "同组最高", "max": 10, "method": "formula", "expression": "best * 0.1", "message": "{points}" },
          { "id": "branches", "title": "所属支部", "max": 10, "method": "formula", "expression": "branchMean * 0.1", "message": "{points}" }
        ] }
        """;

    private const string Peers = """ "peers": [ { "input": "best", "of": "x", "statistic": "highest" } ], """;

    private const string Children = """ "childInputs": [ { "input": "branchMean", "statistic": "mean", "over": "children" } ], """;

    // Five records: c above g, g above b1 and b2, and one that cannot be read (an unknown field / a bad number).
    private const string Json = """
        [
          { "id": "c", "values": { "x": 50 } },
          { "id": "g", "parent": "c", "values": { "x": 60 } },
          { "id": "b1", "parent": "g", "values": { "x": 80 } },
          { "id": "b2", "parent": "g", "values": { "x": 40 } },
          { "id": "bad", "parent": "g", "values": { "x": 70 }, "bogus": 1 }
        ]
        """;

    private const string Csv = "id,parent,x\nc,,50\ng,c,60\nb1,g,80\nb2,g,40\nbad,g,abc\n";

    public static TheoryData<string> MultiPassRuleFiles => new() { "peers", "childInputs", "peers+childInputs" };

    private static ScoringEngine Engine(string which) => RuleFiles.Engine(Inputs, Areas, more: which switch
    {
        "peers" => Peers,
        "childInputs" => Children,
        _ => Peers + Children,
    });

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(MultiPassRuleFiles))]
    public void ScoreBatch_JsonStreamWithMultiPassRules_ReadsEveryRecord(string which)
    {
        var engine = Engine(which);
        using var stream = Utf8(Json);

        var batch = engine.ScoreBatch(RecordReader.ReadJson(stream));

        AssertAllRead(batch, 5);
        Assert.Equal("bad PBR011: \"bogus\" is not a record field (use \"id\", \"name\", \"type\", \"parent\", \"values\", \"reviews\").",
            $"{batch.Rejected[0].Id} {batch.Rejected[0].Code}: {batch.Rejected[0].Reason}");
        Assert.Equal(ResultJson.Serialize(engine.ScoreBatch(RecordReader.ReadJson(Utf8(Json)).ToList())), ResultJson.Serialize(batch));
    }

    [Theory]
    [MemberData(nameof(MultiPassRuleFiles))]
    public void ScoreBatch_CsvStreamWithMultiPassRules_ReadsEveryRecord(string which)
    {
        var engine = Engine(which);
        using var stream = Utf8(Csv);

        var batch = engine.ScoreBatch(RecordReader.ReadCsv(stream, engine.RuleSet));

        AssertAllRead(batch, 5);
        Assert.Equal(("bad", 6), (batch.Rejected[0].Id, batch.Rejected[0].Line));
        Assert.Equal(ResultJson.Serialize(engine.ScoreBatch(RecordReader.ReadCsv(Utf8(Csv), engine.RuleSet).ToList())), ResultJson.Serialize(batch));
    }

    [Theory]
    [MemberData(nameof(MultiPassRuleFiles))]
    public void ScoreBatch_GeneratorWithMultiPassRules_EnumeratesItOnceAndReadsEveryRecord(string which)
    {
        var engine = Engine(which);
        var source = new CountingGenerator();

        var batch = engine.ScoreBatch(source);

        Assert.Equal(1, source.Enumerations);
        AssertAllRead(batch, 4);
        // peers: everyone gets the highest x (80) * 0.1 = 8; childInputs: g = 60 + mean(b1, b2) * 0.1, c = 50 + g * 0.1;
        // both: g = 60 + 8 + mean(88, 48) * 0.1 = 74.8, c = 50 + 8 + 7.48 = 65.48.
        var expected = which switch
        {
            "peers" => new[] { ("b1", 88m), ("g", 68m), ("c", 58m), ("b2", 48m) },
            "childInputs" => [("b1", 80m), ("g", 66m), ("c", 56.6m), ("b2", 40m)],
            _ => [("b1", 88m), ("g", 74.8m), ("c", 65.48m), ("b2", 48m)],
        };
        Assert.Equal(expected, batch.Results.Select(r => (r.Result.Id, r.Result.Score)));
    }

    [Fact]
    public void ScoreBatch_StreamedFileWithPeers_OpensTheFileAgainPerPass()
    {
        var engine = Engine("peers+childInputs");
        var path = Path.Combine(Path.GetTempPath(), "pbscore-single-use-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Json);
        try
        {
            var batch = engine.ScoreBatch(RecordReader.StreamFile(path, engine.RuleSet));

            AssertAllRead(batch, 5);
            Assert.Equal(ResultJson.Serialize(engine.ScoreBatch(RecordReader.ReadJson(Utf8(Json)))), ResultJson.Serialize(batch));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertAllRead(BatchResult batch, int given)
    {
        Assert.Equal(given, batch.Read);
        Assert.Equal(batch.Read, batch.Results.Count + batch.Rejected.Count);
        Assert.Equal(4, batch.Results.Count);
    }

    // A single-use source: a second enumeration yields nothing, as a consumed stream does.
    private sealed class CountingGenerator : IEnumerable<RecordReadResult>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<RecordReadResult> GetEnumerator()
        {
            Enumerations++;
            return (Enumerations == 1 ? Records() : []).GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private static IEnumerable<RecordReadResult> Records()
        {
            (string Id, string? Parent, decimal X)[] rows = [("c", null, 50), ("g", "c", 60), ("b1", "g", 80), ("b2", "g", 40)];
            foreach (var (id, parent, x) in rows)
            {
                yield return RecordReadResult.Read(new OrganizationRecord(id) { Parent = parent, Values = new Dictionary<string, InputValue> { ["x"] = x } });
            }
        }
    }
}
