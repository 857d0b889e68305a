using PartyBuilding.Scoring.Appraisal;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Tests.TestSupport;

// The sample data of samples/data scored with the shipped rule files, once per test run.
internal static class SampleData
{
    private static readonly Lazy<BatchResult> Organizations = new(() => Score("rules/star-rating.json", "samples/data/organizations.json"));
    private static readonly Lazy<BatchResult> OrganizationsInTree = new(() =>
    {
        var engine = ScoringEngine.Load(Repository.File("rules/star-rating.json"));
        return engine.ScoreBatch(
            RecordReader.ReadFile(Repository.File("samples/data/organizations.json"), engine.RuleSet),
            OrganizationTree.ReadFile(Repository.File("samples/data/organization-tree.json")));
    });

    // The five-goods assessment carries the star-rating roll-up (五个好 eligibility) of the committees in the tree.
    private static readonly Lazy<BatchResult> FiveGoods = new(() =>
    {
        var engine = ScoringEngine.Load(Repository.File("rules/five-goods-three-reviews.json"));
        var carry = new ComponentCarry(engine.RuleSet, [OutcomeSet.From(OrganizationsInTree.Value)]);
        return engine.ScoreBatch(carry.Apply(RecordReader.ReadFile(Repository.File("samples/data/five-goods.json"), engine.RuleSet)));
    });

    public static BatchResult OrganizationsUnderStarRating => Organizations.Value;

    /// <summary>The star-rating sample scored with the organization tree, so the roll-ups are evaluated.</summary>
    public static BatchResult OrganizationsUnderStarRatingInTree => OrganizationsInTree.Value;

    public static BatchResult FiveGoodsUnderThreeReviews => FiveGoods.Value;

    public static BatchResult Score(string rules, string records)
    {
        var engine = ScoringEngine.Load(Repository.File(rules));
        return engine.ScoreBatch(RecordReader.ReadFile(Repository.File(records), engine.RuleSet));
    }

    public static ScoreResult Result(this BatchResult batch, string id) => Assert.Single(batch.Results, r => r.Result.Id == id).Result;
}
