using PartyBuilding.Scoring.Comparison;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Comparison;

public sealed class ResultComparisonTests
{
    private static readonly BandResult Five = new("five", "五星", 5);
    private static readonly BandResult Four = new("four", "四星", 4);

    private static OutcomeSet Set(string version, params (string Id, decimal Score, BandResult? Band)[] outcomes) =>
        new(new RuleSetIdentity("star", version, "h" + version), outcomes.Select(o => new OrganizationOutcome(o.Id, o.Id + "支部", null, null, o.Score, o.Band)));

    [Fact]
    public void Compare_EveryKindOfChange_ClassifiesEachOrganization()
    {
        var before = Set("1", ("up", 93, Four), ("down", 96, Five), ("same", 95, Five), ("gone", 80, Four), ("revoked", 97, Five));
        var after = Set("2", ("up", 95.5m, Five), ("down", 91, Four), ("same", 99, Five), ("new", 90, Four), ("revoked", 97, null));

        var comparison = ResultComparison.Compare(before, after);

        Assert.Equal(
            ["down Demoted -5", "gone Gone ", "new New ", "revoked Demoted 0", "same Unchanged 4", "up Promoted 2.5"],
            comparison.Organizations.Select(o => $"{o.Id} {o.Change} {o.ScoreDelta}"));
        Assert.Equal(
            [new BandCount("五星", "five", 5, 3, 2), new BandCount("四星", "four", 4, 2, 2), new BandCount("revoked", null, null, 0, 1)],
            comparison.Bands);
    }

    [Fact]
    public void Compare_SameResult_HasOnlyUnchanged()
    {
        var set = Set("1", ("a", 93, Four), ("b", 96, Five));

        var comparison = ResultComparison.Compare(set, set);

        Assert.All(comparison.Organizations, o => Assert.Equal(BandChange.Unchanged, o.Change));
        Assert.All(comparison.Bands, b => Assert.Equal(b.Before, b.After));
    }
    [Fact]
    public void Compare_ResultsOfDifferentRuleSets_ThrowsNamingBoth()
    {
        var star = Set("1", ("a", 95, Five));
        var fiveGoods = new OutcomeSet(new RuleSetIdentity("five-goods", "2026.1", "h"), [new OrganizationOutcome("a", "a支部", null, null, 90, Four)]);

        var ex = Assert.Throws<ArgumentException>(() => ResultComparison.Compare(star, fiveGoods));

        Assert.Equal(
            "The previous result is of the rule set \"star\" (1) and the current one of \"five-goods\" (2026.1); results of different rule sets have different bands and cannot be compared. Give a result of \"five-goods\".",
            ex.Message);
    }
}
