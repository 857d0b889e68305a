using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using PartyBuilding.Scoring.Benchmarks.Support;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Benchmarks.Batch;

/// <summary>
/// The batch pipeline of rules/star-rating.json on one thread and on every core (<see cref="BatchOptions.MaxDegreeOfParallelism"/>):
/// records in memory scored and ranked, and the whole national pipeline at a smaller size (CSV streamed in, scored, rolled
/// up over a tree of committees, ranked, bulletin JSON formatted and hashed). Each pair has its one-thread method as the
/// baseline, so Ratio is every core's time over one thread's (the speed-up is its inverse); the output is the same bytes
/// for both (tested in ParallelBatchTests, checked at setup here).
/// Both thread counts are given explicitly: the library's default is one thread (parallel scoring is opt-in), pbscore's
/// is every core.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParallelBatchBenchmarks
{
    private ScoringEngine engine = null!;
    private RecordReadResult[] records = [];
    private OrganizationTree tree = null!;
    private string csvPath = string.Empty;

    /// <summary>Organizations per operation.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Organizations { get; set; }

    /// <summary>100,000 organizations; 1,200 (three chunks) in the CI smoke run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Pick([100_000], [1_200]);

    /// <summary>Generates the records (in memory and as a CSV file) and the tree, and checks both thread counts give the same bulletin.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = RuleSets.StarRating();
        var generated = Generate(engine, Organizations);
        records = [.. generated.Select(RecordReadResult.Read)];
        var committees = generated.Select(r => r.Parent!).Distinct().Order(StringComparer.Ordinal);
        tree = new OrganizationTree([new OrganizationNode("w01", "Working committee", "committee", null),
            .. committees.Select(c => new OrganizationNode(c, "Committee " + c, "partyCommittee", "w01"))]);
        csvPath = Path.Combine(Path.GetTempPath(), $"pbscore-bench-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csvPath, Csv(engine, generated), new UTF8Encoding(false));
        if (Bulletin(1) != Bulletin(Environment.ProcessorCount))
        {
            throw new InvalidOperationException("The bulletin on every core differs from the bulletin on one thread.");
        }
    }

    /// <summary>Deletes the CSV file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(csvPath);

    /// <summary>Records in memory scored (no trace), ranked, lagging and roll-ups found, on one thread (the baseline).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ScoreBatch")]
    public int ScoreBatchOneThread() => ScoreBatch(1);

    /// <summary>The same on every core (<see cref="Environment.ProcessorCount"/>): the Ratio column is the inverse speed-up.</summary>
    [Benchmark]
    [BenchmarkCategory("ScoreBatch")]
    public int ScoreBatchEveryCore() => ScoreBatch(Environment.ProcessorCount);

    /// <summary>The national pipeline on one thread (the baseline): CSV streamed in, scored, rolled up, ranked, bulletin JSON (without result hash) counted, not kept.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CsvToBulletinJson")]
    public long CsvToBulletinJsonOneThread() => CsvToBulletinJson(1);

    /// <summary>The national pipeline on every core.</summary>
    [Benchmark]
    [BenchmarkCategory("CsvToBulletinJson")]
    public long CsvToBulletinJsonEveryCore() => CsvToBulletinJson(Environment.ProcessorCount);

    private int ScoreBatch(int threads) =>
        engine.ScoreBatch(records, new BatchOptions { Trace = BatchTrace.Omit, Organizations = tree, MaxDegreeOfParallelism = threads }).Results.Count;

    private long CsvToBulletinJson(int threads)
    {
        using var output = new CountingStream();
        WriteBulletin(output, threads);
        return output.Length;
    }

    private string Bulletin(int threads)
    {
        using var output = new MemoryStream();
        WriteBulletin(output, threads);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private void WriteBulletin(Stream output, int threads)
    {
        using var batch = engine.ScoreBatch(RecordReader.StreamFile(csvPath, engine.RuleSet),
            new BatchOptions { Trace = BatchTrace.Omit, Organizations = tree, MaxDegreeOfParallelism = threads });
        Reporting.Bulletin.WriteJson(output, batch, engine.RuleSet, new BulletinOptions { Organizations = tree });
    }

    // Valid records spread over the bands: the full-marks record of a type with inputs lowered by a fixed pattern, 40
    // branches per committee.
    private static OrganizationRecord[] Generate(ScoringEngine engine, int count)
    {
        var types = engine.RuleSet.Categories.Select(c => c.Id).ToArray();
        var templates = types.ToDictionary(t => t, t => engine.CreateFullMarksRecord(t), StringComparer.Ordinal);
        var inputs = engine.RuleSet.RecordInputs.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var result = new OrganizationRecord[count];
        for (var i = 0; i < count; i++)
        {
            var id = "b" + (i + 1).ToString("D7", CultureInfo.InvariantCulture);
            var type = types[i % types.Length];
            var salt = (uint)(i * 2654435761u);
            var values = new Dictionary<string, InputValue>(templates[type].Values, StringComparer.Ordinal);
            foreach (var (input, value) in templates[type].Values)
            {
                salt = (salt ^ (salt >> 13)) * 0x5bd1e995u;
                if (value.Kind == InputValueKind.Number && inputs[input].Default is null && salt % 3 == 0)
                {
                    var min = inputs[input].Min ?? 0m;
                    values[input] = Math.Max(min, Math.Round(value.Number * (0.5m + (salt % 50) / 100m), 0));
                }
            }

            result[i] = new OrganizationRecord(id)
            {
                Name = "Branch " + id, Type = type, Parent = "c" + (i / 40 + 1).ToString("D5", CultureInfo.InvariantCulture), Values = values,
            };
        }

        return result;
    }

    private static string Csv(ScoringEngine engine, OrganizationRecord[] generated)
    {
        var inputs = engine.RuleSet.RecordInputs.Select(i => i.Id).ToArray();
        var text = new StringBuilder("id,name,type,parent,").AppendJoin(',', inputs).Append('\n');
        foreach (var record in generated)
        {
            text.Append(record.Id).Append(',').Append(record.Name).Append(',').Append(record.Type).Append(',').Append(record.Parent);
            foreach (var input in inputs)
            {
                var value = record.Values[input];
                text.Append(',').Append(value.Kind switch
                {
                    InputValueKind.Number => value.Number.ToString(CultureInfo.InvariantCulture),
                    InputValueKind.Boolean => value.Boolean ? "true" : "false",
                    _ => value.Text,
                });
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    // Counts the bytes written and keeps none (the bulletin's size, without the disk).
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
