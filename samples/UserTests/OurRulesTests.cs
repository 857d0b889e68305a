using PartyBuilding.Scoring;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Testing;
using Snapshooter.Xunit3;

namespace UserTests;

// How a user pins their local rules: the rule file's own "tests" section in one line, and the full results of their
// sample data as snapshots (__snapshots__/, reviewed like code). A change to the rules that moves any outcome fails here.
public sealed class OurRulesTests
{
    private const string Rules = "rules/our-branch-rules.json";

    [Fact]
    public void OurRules_TheirOwnTests_Pass() => RuleFileTests.Run(Rules);

    [Fact]
    public void OurBranches_Scored_MatchSnapshot()
    {
        var engine = ScoringEngine.Load(Rules);

        var batch = engine.ScoreBatch(RecordReader.ReadFile("data/our-branches.json", engine.RuleSet));

        Snapshot.Match(ResultJson.Serialize(batch));
    }

    [Fact]
    public void OurBranches_RankedTable_MatchSnapshot()
    {
        var engine = ScoringEngine.Load(Rules);

        var batch = engine.ScoreBatch(RecordReader.ReadFile("data/our-branches.json", engine.RuleSet));

        Snapshot.Match(RankedTable.Format(batch, engine.RuleSet));
    }
}
