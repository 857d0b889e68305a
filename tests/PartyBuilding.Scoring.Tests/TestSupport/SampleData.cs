using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Tests.TestSupport;

// The sample data of samples/data scored with the shipped rule files, once per test run.
internal static class SampleData
{
    private static readonly Lazy<BatchResult> Organizations = new(() => Score("rules/star-rating.json", "samples/data/organizations.json"));
    private static readonly Lazy<BatchResult> FiveGoods = new(() => Score("rules/five-goods-three-reviews.json", "samples/data/five-goods.json"));

    public static BatchResult OrganizationsUnderStarRating => Organizations.Value;

    public static BatchResult FiveGoodsUnderThreeReviews => FiveGoods.Value;

    public static BatchResult Score(string rules, string records)
    {
        var engine = ScoringEngine.Load(Repository.File(rules));
        return engine.ScoreBatch(RecordReader.ReadFile(Repository.File(records), engine.RuleSet));
    }

    public static ScoreResult Result(this BatchResult batch, string id) => Assert.Single(batch.Results, r => r.Result.Id == id).Result;
}
