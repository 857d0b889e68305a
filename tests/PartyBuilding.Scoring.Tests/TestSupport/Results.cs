namespace PartyBuilding.Scoring.Tests.TestSupport;

// Picks one trace line or area out of a result, failing the test when it is not there exactly once.
internal static class Results
{
    public static TraceLine Line(this ScoreResult result, string criterionId) =>
        Assert.Single(result.Trace, t => t.CriterionId == criterionId);

    public static AreaScore Area(this ScoreResult result, string areaId) =>
        Assert.Single(result.Areas, a => a.Id == areaId);
}
