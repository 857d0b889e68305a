using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using Snapshooter;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Cli.Tests;

// pbscore generate: deterministic, valid records for load tests (issue 7), and a batch scored without traces or with
// them spooled gives the same bulletin and result JSON.
public sealed class GenerateCommandTests
{
    private static readonly string Rules = Repository.File("rules/star-rating.json");

    private static string TempPath(string extension) => Path.Combine(Path.GetTempPath(), $"pbscore-generate-{Guid.NewGuid():N}{extension}");

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Generate_SameSeed_SameBytesAndOtherSeed_OtherBytes(string format)
    {
        var first = PbScoreRunner.Run("generate", "--count", "200", "--seed", "42", "--format", format);
        var again = PbScoreRunner.Run("generate", "--count", "200", "--seed", "42", "--format", format);
        var other = PbScoreRunner.Run("generate", "--count", "200", "--seed", "43", "--format", format);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, again.Out);
        Assert.NotEqual(first.Out, other.Out);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Generate_SmallBatch_MatchesSnapshot(string format) =>
        Snapshot.Match(PbScoreRunner.Run("generate", "--count", "3", "--seed", "7", "--format", format).Out, SnapshotNameExtension.Create(format));

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Generate_StarRatingRecordsAndTree_ScoreWithoutRejectionOverSeveralBands(string format)
    {
        var records = TempPath("." + format);
        var tree = TempPath(".json");
        Assert.Equal(0, PbScoreRunner.Run("generate", "--rules", Rules, "--count", "500", "--seed", "3", "--format", format, "--out", records, "--tree", tree).ExitCode);
        var engine = ScoringEngine.Load(Rules);

        var batch = engine.ScoreBatch(RecordReader.StreamFile(records, engine.RuleSet), OrganizationTree.ReadFile(tree));

        Assert.Equal(500, batch.Read);
        Assert.Empty(batch.Rejected);
        Assert.True(batch.Results.Select(r => r.Result.Band?.Id).Distinct().Count() >= 4, "the generated scores should spread over the bands");
        Assert.Equal(13, batch.Rollups.Count);
    }

    [Fact]
    public void Generate_CsvAndJsonOfTheSameSeed_ScoreTheSame()
    {
        var json = TempPath(".json");
        var csv = TempPath(".csv");
        PbScoreRunner.Run("generate", "--count", "300", "--seed", "5", "--out", json);
        PbScoreRunner.Run("generate", "--count", "300", "--seed", "5", "--format", "csv", "--out", csv);

        var fromJson = PbScoreRunner.Run("score", "--input", json, "--format", "json").Out;
        var fromCsv = PbScoreRunner.Run("score", "--input", csv, "--format", "json").Out;

        Assert.Equal(fromJson, fromCsv);
    }

    [Fact]
    public void Generate_NegativeCount_IsAUsageError()
    {
        var run = PbScoreRunner.Run("generate", "--count", "-1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: --count must be a whole number of 0 or more, not \"-1\".", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Generate_PrintsItsUsage() =>
        Assert.StartsWith("pbscore generate [--rules <file>] --count <n>", PbScoreRunner.Run("generate", "--help").Out, StringComparison.Ordinal);

    [Fact]
    public void Generate_ZeroRecords_IsAnEmptyArray() =>
        Assert.Equal("[\n]\n", PbScoreRunner.Run("generate", "--count", "0").Out);

    [Fact]
    public void ScoreJson_GeneratedBatch_SameBytesAsSerializedKeptBatch()
    {
        var records = TempPath(".json");
        PbScoreRunner.Run("generate", "--count", "100", "--seed", "9", "--out", records);
        var engine = ScoringEngine.Load(Rules);

        var run = PbScoreRunner.Run("score", "--rules", Rules, "--input", records, "--format", "json");

        Assert.Equal(Reporting.ResultJson.Serialize(engine.ScoreBatch(RecordReader.StreamFile(records, engine.RuleSet), organizations: null)) + "\n", run.Out);
    }
}
