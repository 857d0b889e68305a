using System.Text.Json.Nodes;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Cli.Tests;

// Issue 7 (national scale, parallel scoring): generate --shape national, bulletin --parallel and --result-hash no.
public sealed class NationalScaleCommandTests
{
    private static readonly string Rules = Repository.File("rules/star-rating.json");

    private static string TempPath(string extension) => Path.Combine(Path.GetTempPath(), $"pbscore-national-{Guid.NewGuid():N}{extension}");

    private static (string Records, string Tree) Generate(int count)
    {
        var records = TempPath(".csv");
        var tree = TempPath(".json");
        var run = PbScoreRunner.Run("generate", "--rules", Rules, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "9",
            "--format", "csv", "--shape", "national", "--out", records, "--tree", tree);
        Assert.Equal(0, run.ExitCode);
        return (records, tree);
    }

    [Fact]
    public void Generate_NationalShape_ThreeLevelsInNationalProportionsScoredWithoutRejection()
    {
        var (records, treeFile) = Generate(10000);
        var tree = OrganizationTree.ReadFile(treeFile);
        var engine = ScoringEngine.Load(Rules);

        var batch = engine.ScoreBatch(RecordReader.StreamFile(records, engine.RuleSet), tree);

        // 590 committees and 620 general branches in the tree (with its root), 8,790 branches scored: 10,000 organizations.
        Assert.Equal(590, tree.Nodes.Count(n => n.Type == "partyCommittee"));
        Assert.Equal(620, tree.Nodes.Count(n => n.Type == "generalBranch"));
        Assert.Equal(8790, batch.Read);
        Assert.Empty(batch.Rejected);
        Assert.All(tree.Nodes.Where(n => n.Type == "generalBranch"), n => Assert.StartsWith("c", n.Parent, StringComparison.Ordinal));
        Assert.Equal(3076, batch.Results.Count(r => r.Result.Parent!.StartsWith('g')));
        // Every committee and general branch has branches under it, so the five-goods roll-up evaluates them all.
        Assert.Equal(590 + 620, batch.Rollups.Count(r => r.NotEvaluated is null));
    }

    [Fact]
    public void Bulletin_OneThreadAndEveryCore_SameBytes()
    {
        var (records, tree) = Generate(3000);

        var one = PbScoreRunner.Run("bulletin", "--input", records, "--organizations", tree, "--format", "json", "--parallel", "1");
        var all = PbScoreRunner.Run("bulletin", "--input", records, "--organizations", tree, "--format", "json");
        var four = PbScoreRunner.Run("bulletin", "--input", records, "--organizations", tree, "--format", "json", "--parallel", "4");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, all.Out);
        Assert.Equal(one.Out, four.Out);
    }

    [Fact]
    public void Bulletin_WithoutResultHash_SameTablesNoResultHash()
    {
        var (records, tree) = Generate(2000);

        var full = JsonNode.Parse(PbScoreRunner.Run("bulletin", "--input", records, "--organizations", tree, "--format", "json").Out)!;
        var draft = JsonNode.Parse(PbScoreRunner.Run("bulletin", "--input", records, "--organizations", tree, "--format", "json", "--result-hash", "no").Out)!;

        Assert.NotNull(full["fields"]!["resultSha256"]);
        Assert.Null(draft["fields"]!["resultSha256"]);
        Assert.Equal(full["tables"]!.ToJsonString(), draft["tables"]!.ToJsonString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    public void Bulletin_ParallelNotAPositiveNumber_IsAUsageError(string threads)
    {
        var run = PbScoreRunner.Run("bulletin", "--input", Repository.File("samples/data/organizations.json"), "--parallel", threads);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: --parallel must be a whole number of threads above 0, not \"{threads}\".", run.Error, StringComparison.Ordinal);
    }
}
