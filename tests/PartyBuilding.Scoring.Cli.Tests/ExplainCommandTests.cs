using System.Text.Json.Nodes;

namespace PartyBuilding.Scoring.Cli.Tests;

// pbscore explain prints the organization's trace from the same batch score and bulletin compute: duplicates, quotas,
// carried components and roll-ups are the batch's, never those of the record scored alone.
public sealed class ExplainCommandTests
{
    private static readonly string Input = Repository.File("samples/data/organizations.json");
    private static readonly string Tree = Repository.File("samples/data/organization-tree.json");

    private static string TempFile(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-explain-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Explain_DuplicateId_ReportsTheBatchRejectionNotTheFirstRecord()
    {
        var lines = File.ReadAllLines(Repository.File("samples/data/organizations.csv"));
        var csv = TempFile(string.Join("\n", [.. lines, lines[2]]) + "\n", ".csv");
        try
        {
            var run = PbScoreRunner.Run("explain", "--input", csv, "--id", "b02");

            Assert.Equal(PbScore.UsageError, run.ExitCode);
            Assert.Equal(string.Empty, run.Out);
            Assert.Equal(
                """
                error: The batch rejects "b02", so it has no score:
                  b02 (line 3): PBR002: the id "b02" is used by 2 records (also on line 14); ids must be unique, so none of them is scored.
                  b02 (line 14): PBR002: the id "b02" is used by 2 records (also on line 3); ids must be unique, so none of them is scored.

                """.ReplaceLineEndings("\n"),
                run.Error);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Explain_QuotaDemotion_ShowsTheBandAfterTheQuotaAndWhy()
    {
        var rules = JsonNode.Parse(File.ReadAllText(Repository.File("rules/star-rating.json")))!.AsObject();
        rules.Remove("tests");
        rules["quotas"] = JsonNode.Parse("""[{ "id": "fiveStarQuota", "title": "五星名额", "band": "fiveStar", "maxCount": 1, "message": "超出五星名额" }]""");
        var path = TempFile(rules.ToJsonString(), ".json");
        try
        {
            var run = PbScoreRunner.Run("explain", "--rules", path, "--input", Input, "--organizations", Tree, "--id", "b02");

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Assert.EndsWith(
                """
                Score: 95
                Band: 四星 (level 4) (the score alone earned 五星 (level 5))
                Rank: 2 of 12 (2 in group c01)
                Quota 五星名额 (fiveStarQuota): moved from 五星 to 四星: 超出五星名额
                Counted in the roll-up of its parent c01: “五个好”党组织评定资格 (fiveGoodsEligibility): 1 of 5 in the counted bands, minimum share 0.4: not passed: 所属党支部中五星级党支部比例低于40%,本年度不能评为“五个好”党组织。

                """.ReplaceLineEndings("\n"),
                run.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Explain_LaggingBranch_SaysWhyItIsLagging()
    {
        var run = PbScoreRunner.Run("explain", "--input", Input, "--organizations", Tree, "--id", "b06");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Contains("\nLagging: band revoked (rectification: 制定整改方案,上级党组织明确一名班子成员联系指导,次年复评)\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_CarriedComponent_UsesTheCarriedResult()
    {
        var stars = PbScoreRunner.StarRatingResultFile();
        var fiveGoods = PbScoreRunner.ResultFile("--rules", Repository.File("rules/five-goods-three-reviews.json"),
            "--input", Repository.File("samples/data/five-goods.json"), "--carry", stars);
        try
        {
            var run = PbScoreRunner.Run("explain", "--rules", Repository.File("rules/departmental-appraisal.json"),
                "--input", Repository.File("samples/data/departments.json"), "--carry", fiveGoods, "--id", "u01");

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Assert.Contains("[partyBuildingScore=", run.Out, StringComparison.Ordinal);
            Assert.Contains("\nRank: ", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(stars);
            File.Delete(fiveGoods);
        }
    }

    [Fact]
    public void Explain_MissingCarryFile_IsAnError()
    {
        var run = PbScoreRunner.Run("explain", "--rules", Repository.File("rules/departmental-appraisal.json"),
            "--input", Repository.File("samples/data/departments.json"), "--carry", "/nonexistent/result.json", "--id", "u01");

        Assert.Equal(PbScore.UsageError, run.ExitCode);
        Assert.Equal("error: Could not find a part of the path '/nonexistent/result.json'.\n", run.Error);
    }
    [Fact]
    public void Explain_ParentWithChildInputs_UsesTheChildrensResultsNotTheDefault()
    {
        var rules = TempFile("""
            {
              "id": "kids", "title": "含下级", "version": "1", "effectiveFrom": "2026-01-01",
              "scoreRange": { "min": 0, "max": 100 },
              "childInputs": [ { "input": "kidMean", "statistic": "mean", "over": "children" } ],
              "inputs": [
                { "id": "x", "title": "X", "type": "number", "min": 0, "max": 80 },
                { "id": "kidMean", "title": "下级平均分", "type": "number", "min": 0, "max": 100, "default": 0 }
              ],
              "areas": [ { "id": "a", "title": "A", "max": 100, "criteria": [
                { "id": "own", "title": "本级", "max": 80, "method": "points", "input": "x", "message": "{points}" },
                { "id": "kids", "title": "下级", "max": 20, "method": "formula", "expression": "kidMean * 0.2", "message": "{points}" }
              ] } ],
              "bands": [
                { "id": "good", "label": "良", "level": 2, "range": "[60, 100]" },
                { "id": "poor", "label": "差", "level": 1, "range": "[0, 60)" }
              ]
            }
            """, ".json");
        var records = TempFile("""
            [
              { "id": "P", "values": { "x": 50 } },
              { "id": "k1", "parent": "P", "values": { "x": 80 } },
              { "id": "k2", "parent": "P", "values": { "x": 60 } }
            ]
            """, ".json");
        try
        {
            var run = PbScoreRunner.Run("explain", "--rules", rules, "--input", records, "--id", "P");

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Assert.Contains("  下级 (kids, formula): 14 / 20  [kidMean=70]  14\n", run.Out, StringComparison.Ordinal);
            Assert.EndsWith("Score: 64\nBand: 良 (level 2)\nRank: 2 of 3\n", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(rules);
            File.Delete(records);
        }
    }

    [Fact]
    public void Bulletin_WithoutOrganizationTree_SaysTheRollupNeedsIt()
    {
        var run = PbScoreRunner.Run("bulletin", "--input", Input, "--format", "md");

        Assert.Equal(PbScore.Ok, run.ExitCode);
        Assert.Contains(
            "| “五个好”党组织评定资格 | c01 |  |  | 5 | 2 | 0.4000 | 0.4 | not evaluated | its type is unknown: give the organization tree (--organizations) so roll-ups limited to parent types can be evaluated |\n",
            run.Out, StringComparison.Ordinal);
    }
    [Fact]
    public void Explain_YearEndRulesWithRectificationCounts_ReadsTheProblemsAsOfTheDay()
    {
        var inspections = TempFile(PbScoreRunner.Run("inspect", "--input", Repository.File("samples/data/inspections.json"), "--format", "json").Out, ".json");
        string[] files = ["--rules", Repository.File("samples/rules/year-end-assessment.json"), "--input", Repository.File("samples/data/year-end-organizations.json"),
            "--carry", inspections, "--id", "v01"];
        try
        {
            var run = PbScoreRunner.Run(["explain", .. files, "--problems", Repository.File("samples/data/problems.json"), "--as-of", "2026-03-31"]);
            var withoutProblems = PbScoreRunner.Run(["explain", .. files]);

            Assert.Equal(PbScore.Ok, run.ExitCode);
            Assert.EndsWith(
                "Veto 有逾期未整改问题 (overdueBlocksExcellent, capBand): 有逾期未整改的问题,不得评为优秀。\nScore: 88.2\nBand: 良好 (level 3)\nRank: 3 of 3\n",
                run.Out, StringComparison.Ordinal);
            Assert.Equal(PbScore.UsageError, withoutProblems.ExitCode);
            Assert.StartsWith(
                "error: The rule file reads problem counts (its \"rectification\" section): give --problems <problems.json> and --as-of <yyyy-MM-dd>.\n",
                withoutProblems.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(inspections);
        }
    }
}
