using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Testing;

// Review 2 #3: a rule-file test could give an input that a component, the peers or the organizations below fill,
// which real records may not do (PBR101, PBR104, PBR105), so tests passed while real scoring rejected every record.
// Such values now go in the test's "carried" object, checked against what the file fills; the record may not give them.
public sealed class RuleFileTestCarriedTests
{
    private const string FiveGoods = "rules/five-goods-three-reviews.json";

    [Fact]
    public void Load_TestRecordGivesInputTheComponentFills_IsRefusedAtTheValue()
    {
        var text = File.ReadAllText(Repository.File(FiveGoods)).Replace(
            "\"carried\": {\"branchStarRatioMet\": false},\n      \"record\": {\"type\": \"agency\", \"reviews\":",
            "\"record\": {\"type\": \"agency\", \"values\": {\"branchStarRatioMet\": false}, \"reviews\":", StringComparison.Ordinal);
        var (path, line, column) = WriteTemp(text, "\"branchStarRatioMet\": false}, \"reviews\"");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(
            $"{path}({line},{column + 22}): error PBS450: The test's record gives \"branchStarRatioMet\", which the component \"fiveStarBranchShare\" carries from the results of \"star-rating\"; a real record giving it is rejected, so a test may not either. Move it to the test's \"carried\" object. (at $.tests[3].record.values.branchStarRatioMet)",
            error.ToString());
    }

    [Fact]
    public void Load_TestCarriesInputNothingFills_IsRefusedAtTheName()
    {
        var text = File.ReadAllText(Repository.File(FiveGoods)).Replace(
            "\"carried\": {\"branchStarRatioMet\": false}", "\"carried\": {\"branchStarRatioMet\": false, \"majorCase\": true}", StringComparison.Ordinal);
        var (path, line, column) = WriteTemp(text, "\"majorCase\": true}");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(
            $"{path}({line},{column + 13}): error PBS451: The test carries \"majorCase\", which no component, peer statistic or child input of this file fills; the inputs this file fills are \"branchStarRatioMet\". (at $.tests[3].carried.majorCase)",
            error.ToString());
    }

    [Fact]
    public void Run_CarriedRatioChangedToMet_FailsTheCappedBandTest()
    {
        var text = File.ReadAllText(Repository.File(FiveGoods)).Replace(
            "\"carried\": {\"branchStarRatioMet\": false}", "\"carried\": {\"branchStarRatioMet\": true}", StringComparison.Ordinal);
        var (path, line, column) = WriteTemp(text, "{ \"score\": 100, \"band\": \"fairlyGood\" }");

        var ex = Assert.Throws<RuleFileException>(() => RuleFileTests.Run(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(
            $"{path}({line},{column}): error PBS411: Test \"five-star-ratio-not-met\": expected band \"fairlyGood\", got \"good\" (score 100.0). (at $.tests[3].expect)",
            error.ToString());
    }

    [Fact]
    public void Run_DepartmentRankingWithCarriedPeerAndChildValues_EveryTestPasses()
    {
        var report = RuleFileTests.Run(Repository.File("samples/rules/department-ranking.json"));

        Assert.Equal((2, 0), (report.Passed, report.Failed));
    }

    // Writes the text to a temporary file; the line and column (1-based) where `marker` starts.
    private static (string Path, int Line, int Column) WriteTemp(string text, string marker)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-carried-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(line >= 0, $"marker {marker} not found");
        return (path, line + 1, lines[line].IndexOf(marker, StringComparison.Ordinal) + 1);
    }
}
