using PartyBuilding.Scoring.Comparison;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cli.Commands;

// A previous result (--previous) read back and checked against the rule set it is compared with: only results of the
// same rule-set id are comparable (another version is fine and named in the report).
internal static class PreviousResult
{
    public static OutcomeSet Read(string path, RuleSetIdentity current)
    {
        var previous = ResultJson.ReadOutcomes(path);
        Check(previous.RuleSet, current, path);
        return previous;
    }

    public static void Check(RuleSetIdentity before, RuleSetIdentity after, string source)
    {
        if (ResultComparison.MismatchOf(before, after) is { } mismatch)
        {
            throw new InvalidDataException($"{source}: {mismatch}");
        }
    }
}
