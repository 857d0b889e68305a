using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Tests.Samples;

// The full results of the sample data as deterministic JSON. Reviewed against samples/data/EXPECTED.md;
// SampleExpectationTests checks the same figures without a snapshot.
public sealed class SampleSnapshotTests
{
    [Fact]
    public void ScoreBatch_OrganizationsUnderStarRating_MatchesSnapshot()
    {
        Snapshot.Match(ResultJson.Serialize(SampleData.OrganizationsUnderStarRating));
    }

    [Fact]
    public void ScoreBatch_FiveGoodsUnderThreeReviews_MatchesSnapshot()
    {
        Snapshot.Match(ResultJson.Serialize(SampleData.FiveGoodsUnderThreeReviews));
    }

    [Fact]
    public void Serialize_OneResult_MatchesSnapshot()
    {
        Snapshot.Match(ResultJson.Serialize(SampleData.OrganizationsUnderStarRating.Result("b05")));
    }
}
