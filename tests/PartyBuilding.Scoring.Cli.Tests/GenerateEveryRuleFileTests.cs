using System.Text.Json;

namespace PartyBuilding.Scoring.Cli.Tests;

// Review 2 #4: `pbscore generate --rules` wrote inputs that the file fills itself (components, peers, childInputs)
// and no review scores, so every record of five of the ten shipped and sample rule files was rejected. Generated
// records of every rule file now score with 0 rejections; files with components are given the results they carry
// (--carry), generated and scored the same way, with the same count and seed so the ids join.
public sealed class GenerateEveryRuleFileTests
{
    private const int Count = 60;

    // Rule file → the rule file whose results its components carry (null: none).
    public static TheoryData<string, string?, string> Files() => new()
    {
        { "rules/star-rating.json", null, "json" },
        { "rules/star-rating-cycle-2024.json", null, "json" },
        { "rules/star-rating-cycle-2026.json", null, "json" },
        { "rules/duty-report-review.json", null, "json" },
        { "rules/monthly-inspection.json", null, "json" },
        { "rules/five-goods-three-reviews.json", "rules/star-rating.json", "json" },
        { "rules/five-goods-three-reviews.json", "rules/star-rating.json", "csv" },
        { "rules/departmental-appraisal.json", "rules/five-goods-three-reviews.json", "json" },
        { "samples/rules/department-ranking.json", null, "json" },
        { "samples/rules/department-ranking.json", null, "csv" },
        { "samples/rules/leadership-team-appraisal.json", "rules/duty-report-review.json", "json" },
        { "samples/rules/year-end-assessment.json", "rules/monthly-inspection.json", "csv" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Generate_RuleFile_RecordsScoreWithoutRejection(string file, string? carriedFrom, string format)
    {
        var temp = new List<string>();
        try
        {
            var result = JsonDocument.Parse(File.ReadAllText(Scored(file, carriedFrom, format, temp))).RootElement;

            Assert.Equal((Count, Count, 0), (result.GetProperty("read").GetInt32(), result.GetProperty("scored").GetInt32(), result.GetProperty("rejectedCount").GetInt32()));
        }
        finally
        {
            temp.ForEach(File.Delete);
        }
    }

    [Fact]
    public void Files_CoverEveryShippedAndSampleRuleFile()
    {
        var covered = Files().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);
        var all = Directory.GetFiles(Repository.File("rules"), "*.json").Concat(Directory.GetFiles(Repository.File("samples/rules"), "*.json"))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.Equal(all, covered.Order(StringComparer.Ordinal));
    }

    // Generates the file's records (and the organization tree) and scores them with the results their components carry
    // (themselves generated and scored, down the chain); the result file.
    private static string Scored(string file, string? carriedFrom, string format, List<string> temp)
    {
        var carry = carriedFrom is null
            ? []
            : new[] { "--carry", Scored(carriedFrom, Files().Select(r => r.Data).FirstOrDefault(d => d.Item1 == carriedFrom).Item2, "json", temp) };
        string Temp(string extension)
        {
            var path = Path.Combine(Path.GetTempPath(), $"pbscore-generate-all-{Guid.NewGuid():N}{extension}");
            temp.Add(path);
            return path;
        }

        var (records, tree, result) = (Temp("." + format), Temp(".json"), Temp(".json"));
        var generate = PbScoreRunner.Run("generate", "--rules", Repository.File(file), "--count", $"{Count}", "--seed", "3", "--format", format, "--out", records, "--tree", tree);
        Assert.Equal(PbScore.Ok, generate.ExitCode);
        var score = PbScoreRunner.Run(["score", "--rules", Repository.File(file), "--input", records, "--organizations", tree, .. carry, "--format", "json", "--out", result]);
        Assert.True(score.ExitCode == PbScore.Ok, score.Error);
        return result;
    }
}
