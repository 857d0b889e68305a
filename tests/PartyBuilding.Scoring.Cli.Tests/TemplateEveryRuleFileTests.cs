using System.Text.Json;

namespace PartyBuilding.Scoring.Cli.Tests;

// `pbscore template` and ScoringEngine.CreateFullMarksRecord listed inputs the rule file fills itself (components,
// peers, childInputs), so a record filled in from the template was rejected (PBR101, PBR104, PBR105). The full-marks
// template of every shipped and sample rule file, in each format, now scores with 0 rejections; files with components
// are given the results they carry (--carry): the template of the file they carry from, scored the same way, whose
// record id ("template") joins; star-rating's roll-up needs an organization tree, so five-goods carries the star-rating
// sample scored with its tree, where the template has no standing and the component's whenMissing applies.
public sealed class TemplateEveryRuleFileTests
{
    // Rule file → the rule file whose results its components carry (null: none).
    private static readonly Dictionary<string, string?> CarriedFrom = new(StringComparer.Ordinal)
    {
        ["rules/star-rating.json"] = null,
        ["rules/star-rating-cycle-2024.json"] = null,
        ["rules/star-rating-cycle-2026.json"] = null,
        ["rules/duty-report-review.json"] = null,
        ["rules/monthly-inspection.json"] = null,
        ["rules/five-goods-three-reviews.json"] = "rules/star-rating.json",
        ["rules/departmental-appraisal.json"] = "rules/five-goods-three-reviews.json",
        ["samples/rules/department-ranking.json"] = null,
        ["samples/rules/leadership-team-appraisal.json"] = "rules/duty-report-review.json",
        ["samples/rules/year-end-assessment.json"] = "rules/monthly-inspection.json",
    };

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in CarriedFrom.Keys)
        {
            foreach (var format in new[] { "json", "csv", "xlsx" })
            {
                data.Add(file, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Template_RuleFile_FilledInRecordScoresWithoutRejection(string file, string format)
    {
        var temp = new List<string>();
        try
        {
            var result = JsonDocument.Parse(File.ReadAllText(Scored(file, format, temp))).RootElement;

            Assert.Equal((1, 1, 0), (result.GetProperty("read").GetInt32(), result.GetProperty("scored").GetInt32(), result.GetProperty("rejectedCount").GetInt32()));
        }
        finally
        {
            temp.ForEach(File.Delete);
        }
    }

    [Fact]
    public void Files_CoverEveryShippedAndSampleRuleFile()
    {
        var all = Directory.GetFiles(Repository.File("rules"), "*.json").Concat(Directory.GetFiles(Repository.File("samples/rules"), "*.json"))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.Equal(all, CarriedFrom.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Template_DepartmentRankingCsv_LeavesOutPeerAndChildInputs()
    {
        var run = PbScoreRunner.Run("template", "--rules", Repository.File("samples/rules/department-ranking.json"), "--format", "csv");

        var header = run.Out.Split('\n')[0].Split(',');

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.DoesNotContain("bestCompletionRate", header);
        Assert.DoesNotContain("innovationRank", header);
        Assert.DoesNotContain("branchMean", header);
        Assert.DoesNotContain("branchCount", header);
        Assert.Contains("taskCompletionRate", header);
    }

    // Writes the file's template in the format, scores it with the results its components carry (themselves templates,
    // scored down the chain); the result file.
    private static string Scored(string file, string format, List<string> temp)
    {
        var carry = CarriedFrom[file] switch
        {
            null => [],
            "rules/star-rating.json" => ["--carry", Keep(PbScoreRunner.StarRatingResultFile(), temp)],
            var from => new[] { "--carry", Scored(from, "json", temp) },
        };
        string Temp(string extension)
        {
            var path = Path.Combine(Path.GetTempPath(), $"pbscore-template-all-{Guid.NewGuid():N}{extension}");
            temp.Add(path);
            return path;
        }

        var (record, result) = (Temp("." + format), Temp(".json"));
        var template = PbScoreRunner.Run("template", "--rules", Repository.File(file), "--format", format, "--out", record);
        Assert.True(template.ExitCode == PbScore.Ok, template.Error);
        var score = PbScoreRunner.Run(["score", "--rules", Repository.File(file), "--input", record, .. carry, "--format", "json", "--out", result]);
        Assert.True(score.ExitCode == PbScore.Ok, score.Error);
        return result;
    }

    private static string Keep(string path, List<string> temp)
    {
        temp.Add(path);
        return path;
    }
}
