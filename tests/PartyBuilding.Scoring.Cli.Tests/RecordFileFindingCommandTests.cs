using System.Text;
using System.Text.Json.Nodes;

namespace PartyBuilding.Scoring.Cli.Tests;

// The review's command-line reproductions of findings 5, 6, 10 and 14 (records files), run through pbscore score.
public sealed class RecordFileFindingCommandTests
{
    private static readonly string Rules = Repository.File("rules/star-rating.json");
    private static readonly string Sample = File.ReadAllText(Repository.File("samples/data/organizations.json"));

    private static PbScoreRun Score(string extension, byte[] content, out string path)
    {
        path = Path.Combine(Path.GetTempPath(), $"pbscore-records-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, content);
        try
        {
            return PbScoreRunner.Run("score", "--rules", Rules, "--input", path, "--format", "json");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> Rejected(PbScoreRun run) =>
        [.. JsonNode.Parse(run.Out)!["rejected"]!.AsArray().Select(r => $"{r!["id"]} {r["line"]} {r["code"]}")];

    private static List<string> Ranked(PbScoreRun run) =>
        [.. JsonNode.Parse(run.Out)!["results"]!.AsArray().Select(r => $"{r!["id"]} {r["score"]} {r["band"]}")];

    [Fact]
    public void Score_EmptyCsv_IsAnErrorNamingTheFile()
    {
        var run = Score(".csv", [], out var path);

        Assert.Equal(
            (PbScore.UsageError, string.Empty, $"error: {path}: The records file is empty: it has no header row (is the upload truncated?). Nothing was scored.\n"),
            (run.ExitCode, run.Out, run.Error));
    }

    [Fact]
    public void Score_RecordsJsonWithByteOrderMark_ScoresAsWithout()
    {
        var plain = Score(".json", Encoding.UTF8.GetBytes(Sample), out _);

        var withMark = Score(".json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], out _);

        Assert.Equal((PbScore.Ok, string.Empty), (withMark.ExitCode, withMark.Error));
        Assert.Equal(12, Ranked(withMark).Count);
        Assert.Equal(Ranked(plain), Ranked(withMark));
    }

    [Fact]
    public void Score_SampleWithAMalformedCopyOfB01_RejectsBothCopiesOfB01()
    {
        var run = Score(".json", Encoding.UTF8.GetBytes("[ { \"id\": \"b01\", \"bogus\": 1 }," + Sample.TrimStart()[1..]), out _);

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.DoesNotContain(Ranked(run), r => r.StartsWith("b01 ", StringComparison.Ordinal));
        Assert.Equal(["b01 1 PBR002", "b01 2 PBR002"], Rejected(run));
    }

    [Fact]
    public void Score_VetoInputGivenTwiceInJson_RejectsTheRecordInsteadOfLettingTheLastWin()
    {
        var twice = Sample.Replace("\"disciplineViolations\": 0\n    }\n  },\n  {\n    \"id\": \"b02\"",
            "\"disciplineViolations\": 2, \"disciplineViolations\": 0\n    }\n  },\n  {\n    \"id\": \"b02\"", StringComparison.Ordinal);
        Assert.NotEqual(Sample, twice);

        var run = Score(".json", Encoding.UTF8.GetBytes(twice), out _);

        Assert.Equal(["b01 2 PBR011"], Rejected(run));
        var reason = JsonNode.Parse(run.Out)!["rejected"]![0]!["reason"]!.GetValue<string>();
        Assert.Equal("\"values.disciplineViolations\" is given 2 times (line 26); give each field and value once.", reason);
    }

    [Fact]
    public void Score_CsvWithTheVetoColumnTwice_RefusesTheFile()
    {
        var lines = File.ReadAllLines(Repository.File("samples/data/organizations.csv"));
        var csv = string.Join("\n", lines.Select((l, i) => l + (i == 0 ? ",disciplineViolations" : ",0"))) + "\n";

        var run = Score(".csv", Encoding.UTF8.GetBytes(csv), out var path);

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.Equal(
            $"error: {path}: The CSV header gives the same value in more than one column: \"disciplineViolations\" (column 26) and \"disciplineViolations\" (column 27) both give input \"disciplineViolations\". "
            + "Every row would be ambiguous, so nothing was scored: keep one column for each field and input.\n",
            run.Error);
    }
}
