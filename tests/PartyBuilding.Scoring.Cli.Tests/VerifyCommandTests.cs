using System.Text.Json.Nodes;

namespace PartyBuilding.Scoring.Cli.Tests;

// pbscore verify rebuilds the whole bulletin from the files: a published bulletin whose tables were edited does not match,
// and every edited cell is named by table and organization.
public sealed class VerifyCommandTests
{
    private static readonly string Input = Repository.File("samples/data/organizations.json");
    private static readonly string Tree = Repository.File("samples/data/organization-tree.json");
    private static readonly string Previous = Repository.File("samples/data/previous-result.json");

    private static string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-verify-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    private static JsonObject Published() => JsonNode.Parse(PbScoreRunner.Run(
        "bulletin", "--input", Input, "--organizations", Tree, "--previous", Previous, "--format", "json").Out)!.AsObject();

    private static PbScoreRun Verify(JsonObject bulletin, params string[] more)
    {
        var path = TempFile(bulletin.ToJsonString());
        try
        {
            return PbScoreRunner.Run(["verify", "--bulletin", path, "--input", Input, "--organizations", Tree, .. more]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Verify_TamperedLaggingRollupsAndRank_ReportsEveryDifference()
    {
        var bulletin = Published();
        var tables = bulletin["tables"]!;
        tables["lagging"] = new JsonArray();
        foreach (var rollup in tables["rollups"]!.AsArray())
        {
            rollup!["passed"] = "yes";
            rollup["message"] = null;
        }

        var b02 = tables["ranking"]!.AsArray().Single(r => (string?)r!["id"] == "b02")!;
        b02["rank"] = 1;
        b02["groupRank"] = 1;

        var run = Verify(bulletin, "--previous", Previous);

        Assert.Equal(3, run.ExitCode);
        const string Message = "所属党支部中五星级党支部比例低于40%,本年度不能评为“五个好”党组织。";
        Assert.Equal(
            [
                "DIFFERS: ranking b02: rank published 1, now 2",
                "DIFFERS: ranking b02: groupRank published 1, now 2",
                "DIFFERS: lagging b06: in the recomputed bulletin, not published",
                "DIFFERS: lagging b05: in the recomputed bulletin, not published",
                "DIFFERS: rollups “五个好”党组织评定资格 c02: passed published \"yes\", now \"no\"",
                $"DIFFERS: rollups “五个好”党组织评定资格 c02: message published (empty), now \"{Message}\"",
                "DIFFERS: rollups “五个好”党组织评定资格 c03: passed published \"yes\", now \"no\"",
                $"DIFFERS: rollups “五个好”党组织评定资格 c03: message published (empty), now \"{Message}\"",
                "DIFFERS: rollups “五个好”党组织评定资格 g21: passed published \"yes\", now \"no\"",
                $"DIFFERS: rollups “五个好”党组织评定资格 g21: message published (empty), now \"{Message}\"",
            ],
            run.Out.Split('\n').Where(l => l.StartsWith("DIFFERS", StringComparison.Ordinal)));
        Assert.Contains("\ncontentSha256: matches (", run.Out, StringComparison.Ordinal);
        Assert.Contains("\ncontentSha256 of the published file itself: DIFFERS: published ", run.Out, StringComparison.Ordinal);
        Assert.EndsWith(": the published bulletin does NOT match; see the differences above.\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TamperedBandCountAndRejectedTable_ReportsThem()
    {
        var bulletin = Published();
        var bands = bulletin["tables"]!["bands"]!.AsArray();
        bands[0]!["count"] = 99;
        bulletin["tables"]!["rejected"]!.AsArray().Add(JsonNode.Parse("""{ "id": "b77", "line": 3, "code": "PBR006", "reason": "x" }"""));

        var run = Verify(bulletin, "--previous", Previous);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(
            [
                $"DIFFERS: bands {bands[0]!["band"]} {bands[0]!["level"]}: count published 99, now {Published()["tables"]!["bands"]![0]!["count"]}",
                "DIFFERS: rejected b77 3 PBR006: published, not in the recomputed bulletin",
            ],
            run.Out.Split('\n').Where(l => l.StartsWith("DIFFERS", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verify_WithoutThePreviousResultItWasPublishedWith_SaysTheComparisonTablesAreMissing()
    {
        var run = Verify(Published());

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("DIFFERS: table bandChanges: published, but not in the recomputed bulletin\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("contentSha256: DIFFERS: published ", run.Out, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 3)]
    public void Verify_BulletinPublishedWithoutContentHash_StillComparesEveryTable(bool tamper, int exitCode)
    {
        var bulletin = Published();
        bulletin["fields"]!.AsObject().Remove("contentSha256");
        if (tamper)
        {
            bulletin["tables"]!["lagging"] = new JsonArray();
        }

        var run = Verify(bulletin, "--previous", Previous);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.DoesNotContain("contentSha256", run.Out, StringComparison.Ordinal);
        Assert.Equal(tamper ? 2 : 0, run.Out.Split('\n').Count(l => l.StartsWith("DIFFERS: lagging ", StringComparison.Ordinal)));
    }
}
