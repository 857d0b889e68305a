using PartyBuilding.Scoring.Comparison;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore diff: the same input under two rule versions (--rules old --rules new), or a previous result file
// against the current scoring (--previous result.json). Per organization: score change, band change; band counts.
internal static class DiffCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        var rules = line.All("rules");
        var input = line.Required("input");
        var carry = line.All("carry");
        OutcomeSet before;
        ScoringEngine current;
        if (rules.Count == 2)
        {
            if (line.Single("previous") is not null)
            {
                throw new UsageException("diff compares either two rule files (--rules old --rules new) or a --previous result with one rule file, not both.");
            }

            var old = ScoringEngine.Load(rules[0]);
            current = ScoringEngine.Load(rules[1]);
            PreviousResult.Check(old.RuleSet.Identity, current.RuleSet.Identity, rules[0]);
            before = OutcomeSet.From(ScoredInput.Score(old, input, carry, trace: BatchTrace.Omit, read: ScoredInput.ReadOptions(line), cancellation: line.Cancellation));
        }
        else if (rules.Count <= 1 && line.Single("previous") is { } previous)
        {
            current = ScoredInput.LoadRules(rules.Count == 1 ? rules[0] : null);
            before = PreviousResult.Read(previous, current.RuleSet.Identity);
        }
        else
        {
            throw new UsageException("diff needs two rule files (--rules old.json --rules new.json) or --previous <result.json>.");
        }

        var after = OutcomeSet.From(ScoredInput.Score(current, input, carry, trace: BatchTrace.Omit, read: ScoredInput.ReadOptions(line), cancellation: line.Cancellation));
        var report = ComparisonReport.Build(ResultComparison.Compare(before, after), current.RuleSet.Rounding.FinalDecimals);
        ScoredInput.Write(line, ReportWriter.Write(report, ScoredInput.Format(line)), stdout);
        return PbScore.Ok;
    }

    // The lines pbscore score --previous adds under its table: every organization whose band moved.
    public static string Summary(OutcomeSet previous, BatchResult batch)
    {
        var comparison = ResultComparison.Compare(previous, OutcomeSet.From(batch));
        var text = new System.Text.StringBuilder();
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\nVersus {comparison.Before.Id} {comparison.Before.Version}:");
        foreach (var change in Enum.GetValues<BandChange>())
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" {Word(change)} {comparison.Organizations.Count(o => o.Change == change)};");
        }

        text.Append('\n');
        foreach (var o in comparison.Organizations.Where(o => o.Change != BandChange.Unchanged))
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {o.Id} {o.Name}: {Band(o.Before)} → {Band(o.After)} ({Word(o.Change)})\n");
        }

        return text.ToString();
    }

    private static string Word(BandChange change) => change switch
    {
        BandChange.Promoted => "promoted",
        BandChange.Demoted => "demoted",
        BandChange.New => "new",
        BandChange.Gone => "gone",
        _ => "unchanged",
    };

    private static string Band(OrganizationOutcome? outcome) => outcome is null ? "—" : outcome.Band?.Label ?? "(revoked)";
}
