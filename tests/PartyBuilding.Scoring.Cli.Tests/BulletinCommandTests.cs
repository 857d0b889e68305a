using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Cli.Tests;

// The acceptance of issue 4: the sample committee (working committee → party committees / general branch → branches)
// scored in one command into a bulletin, pinned in every format; shuffling and one bad record; publish and verify.
public sealed class BulletinCommandTests
{
    private static readonly string Input = Repository.File("samples/data/organizations.json");
    private static readonly string Tree = Repository.File("samples/data/organization-tree.json");
    private static readonly string Previous = Repository.File("samples/data/previous-result.json");

    private static PbScoreRun Bulletin(string input, string format, params string[] more) =>
        PbScoreRunner.Run(["bulletin", "--input", input, "--organizations", Tree, "--previous", Previous, "--format", format, .. more]);

    private static string TempFile(string text, string extension = ".json")
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-bulletin-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("md")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("json")]
    public void Bulletin_SampleCommittee_MatchesSnapshot(string format)
    {
        var run = Bulletin(Input, format);

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Snapshot.Match(run.Out, SnapshotNameExtension.Create(format));
    }

    [Fact]
    public void Bulletin_Html_DrawsTheBandChartInlineWithoutScripts()
    {
        var run = Bulletin(Input, "html");

        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http-equiv", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bulletin_ShuffledInput_ChangesNothingButTheInputHash()
    {
        var records = JsonNode.Parse(File.ReadAllText(Input))!.AsArray();
        var reversed = new JsonArray([.. records.Reverse().Select(r => r!.DeepClone())]);
        var path = TempFile(reversed.ToJsonString());
        try
        {
            var original = Bulletin(Input, "json").Out.Split('\n').Where(l => !l.Contains("inputSha256", StringComparison.Ordinal));
            var shuffled = Bulletin(path, "json").Out.Split('\n').Where(l => !l.Contains("inputSha256", StringComparison.Ordinal));

            Assert.Equal(original, shuffled);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bulletin_OneBadRecordAmongGoodOnes_RejectsExactlyThatRecordAndScoresTheOthers()
    {
        var records = JsonNode.Parse(File.ReadAllText(Input))!.AsArray();
        var bad = records[0]!.DeepClone();
        bad["id"] = "b99";
        bad["values"]!["activitiesHeld"] = "十二";
        records.Add(bad);
        var path = TempFile(records.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        try
        {
            var bulletin = JsonNode.Parse(Bulletin(path, "json").Out)!;

            Assert.Equal("13", bulletin["fields"]!["read"]!.GetValue<string>());
            Assert.Equal("12", bulletin["fields"]!["scored"]!.GetValue<string>());
            var rejected = Assert.Single(bulletin["tables"]!["rejected"]!.AsArray());
            Assert.Equal("b99", rejected!["id"]!.GetValue<string>());
            Assert.Equal("PBR005", rejected["code"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Verify_PublishedBulletinAndSameFiles_Matches()
    {
        var published = TempFile(Bulletin(Input, "json").Out);
        try
        {
            var run = PbScoreRunner.Run("verify", "--bulletin", published, "--input", Input, "--organizations", Tree);

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Assert.EndsWith(": the published bulletin matches the rules, the input and the result.\n", run.Out, StringComparison.Ordinal);
            Assert.Equal(4, run.Out.Split("matches", StringSplitOptions.None).Length - 1);
        }
        finally
        {
            File.Delete(published);
        }
    }

    [Fact]
    public void Verify_InputChangedAfterPublishing_SaysWhichScoresDiffer()
    {
        var published = TempFile(Bulletin(Input, "json").Out);
        var records = JsonNode.Parse(File.ReadAllText(Input))!.AsArray();
        records[1]!["values"]!["affairsOpenScore"] = 4;
        var changed = TempFile(records.ToJsonString());
        try
        {
            var run = PbScoreRunner.Run("verify", "--bulletin", published, "--input", changed, "--organizations", Tree);

            Assert.Equal(3, run.ExitCode);
            Assert.Contains("inputSha256: DIFFERS: published ", run.Out, StringComparison.Ordinal);
            Assert.Contains("resultSha256: DIFFERS: published ", run.Out, StringComparison.Ordinal);
            Assert.Contains("ruleSetSha256: matches", run.Out, StringComparison.Ordinal);
            Assert.Contains("score DIFFERS: b02: published 95 五星, now 94 四星\n", run.Out, StringComparison.Ordinal);
            Assert.EndsWith(": the published bulletin does NOT match; see the differences above.\n", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(published);
            File.Delete(changed);
        }
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    public void Bulletin_DepartmentRankingSample_MatchesSnapshot(string format)
    {
        // Peer-relative points, the branches' mean in their committee's score and the 优秀 quota (samples/rules/department-ranking.json).
        var run = PbScoreRunner.Run("bulletin", "--rules", Repository.File("samples/rules/department-ranking.json"),
            "--input", Repository.File("samples/data/department-ranking.json"), "--format", format);

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Snapshot.Match(run.Out, SnapshotNameExtension.Create(format));
    }

    [Fact]
    public void Validate_SampleRuleFiles_AreValid()
    {
        var run = PbScoreRunner.Run("validate", Repository.File("samples/rules/department-ranking.json"),
            Repository.File("samples/rules/year-end-assessment.json"), Repository.File("samples/rules/leadership-team-appraisal.json"));

        Assert.Equal((PbScore.Ok, string.Empty), (run.ExitCode, run.Error));
    }

    [Fact]
    public void Score_DepartmentalAppraisalWithCarriedPartyBuildingResult_MatchesSnapshot()
    {
        var stars = PbScoreRunner.StarRatingResultFile();
        var fiveGoods = PbScoreRunner.ResultFile("--rules", Repository.File("rules/five-goods-three-reviews.json"),
            "--input", Repository.File("samples/data/five-goods.json"), "--carry", stars);
        try
        {
            var run = PbScoreRunner.Run("score", "--rules", Repository.File("rules/departmental-appraisal.json"),
                "--input", Repository.File("samples/data/departments.json"), "--carry", fiveGoods);

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Snapshot.Match(run.Out);
        }
        finally
        {
            File.Delete(fiveGoods);
            File.Delete(stars);
        }
    }

    [Fact]
    public void Score_WithPrevious_ListsEveryBandChangeUnderTheTable()
    {
        var run = PbScoreRunner.Run("score", "--input", Input, "--organizations", Tree, "--previous", Previous);

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Score_ParentMissingFromTheTree_RejectsThoseBranchesAndScoresTheRest()
    {
        var tree = TempFile("""
            [ { "id": "w01", "name": "市直机关工委" }, { "id": "c01", "parent": "w01" }, { "id": "c02", "parent": "w01" }, { "id": "g21", "parent": "c02" } ]
            """);
        try
        {
            var run = PbScoreRunner.Run("score", "--input", Input, "--organizations", tree, "--format", "json");

            Assert.Equal(PbScore.Ok, run.ExitCode);
            var rejected = Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(run.Out)!["rejected"]!.AsArray());
            Assert.Equal("b08", rejected!["id"]!.GetValue<string>());
            Assert.Equal(191, rejected["line"]!.GetValue<int>());
            Assert.Equal("PBR102", rejected["code"]!.GetValue<string>());
            Assert.Contains("\"scored\": 11,", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(tree);
        }
    }
}
