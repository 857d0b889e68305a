using System.Globalization;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Rectification;

/// <summary>
/// 整改跟踪: the status of a problem list at an as-of date, and the problem counts a year-end rule set reads.
/// The as-of date is always given (a quarter end or the year end), never taken from the clock.
/// </summary>
public static class RectificationTracker
{
    /// <summary>Works out where each problem stands at <paramref name="asOf"/>, and counts them per organization and per source.</summary>
    /// <param name="problems">The problem list as read.</param>
    /// <param name="asOf">The as-of date; reports after it are ignored, problems found after it are left out.</param>
    /// <returns>The status of every problem; problems sharing an id are all rejected.</returns>
    public static RectificationResult Evaluate(IEnumerable<ProblemReadResult> problems, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = problems.ToList();
        var valid = list.Select(p => p.Problem).OfType<Problem>().ToList();
        var unreadable = list.Select(p => p.Rejection).OfType<RecordRejection>().ToList();
        var duplicates = DuplicateIds.Find(valid, p => p.Id, p => p.SourceLine, unreadable);
        string Duplicate(string id) => $"the problem id \"{id}\" is used more than once (lines {duplicates.LinesOf(id)}); none of them is counted.";
        var rejected = duplicates.Reclassify(unreadable, RecordRejectionCodes.DuplicateProblem, Duplicate).ToList();
        var states = new List<ProblemState>();
        var later = 0;
        foreach (var problem in valid)
        {
            if (duplicates.Contains(problem.Id))
            {
                rejected.Add(new RecordRejection(problem.Id, problem.SourceLine, RecordRejectionCodes.DuplicateProblem, Duplicate(problem.Id)));
            }
            else if (problem.Found > asOf)
            {
                later++;
            }
            else
            {
                states.Add(StateOf(problem, asOf));
            }
        }

        states = [.. states.OrderBy(s => s.Problem.Organization, StringComparer.Ordinal).ThenBy(s => s.Problem.Id, StringComparer.Ordinal)];
        var names = states.GroupBy(s => s.Problem.Organization, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Problem.OrganizationName).FirstOrDefault(n => n is not null), StringComparer.Ordinal);
        return new RectificationResult(
            asOf,
            list.Count,
            states,
            later,
            [.. rejected.OrderBy(r => r.Line ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal)],
            [.. states.GroupBy(s => s.Problem.Organization, StringComparer.Ordinal).Select(g => Tally(g.Key, names[g.Key], [.. g]))],
            [.. states.GroupBy(s => s.Problem.Source).OrderBy(g => g.Key).Select(g => Tally(JsonValues.Word(g.Key), null, [.. g]))]);
    }

    /// <summary>The status at each quarter end of a year (每季度末报): 31 March, 30 June, 30 September and 31 December.</summary>
    /// <param name="problems">The problem list as read.</param>
    /// <param name="year">The year.</param>
    /// <returns>Four results, in date order.</returns>
    public static IReadOnlyList<RectificationResult> Quarterly(IEnumerable<ProblemReadResult> problems, int year)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var list = problems.ToList();
        return [.. new[] { 3, 6, 9, 12 }.Select(month => Evaluate(list, new DateOnly(year, month, DateTime.DaysInMonth(year, month))))];
    }

    /// <summary>
    /// Gives each record the problem counts its rule set's <c>rectification</c> section asks for (e.g. the number of
    /// overdue problems), counting the problems whose organization is the record's id and whose source is counted.
    /// A record that gives such a count itself is rejected, so a count is never silently replaced.
    /// </summary>
    /// <param name="ruleSet">The year-end rule set; it must have a <c>rectification</c> section.</param>
    /// <param name="status">The rectification status at the as-of date.</param>
    /// <param name="records">The year-end records as read.</param>
    /// <returns>The records with the counts added, in the same order, ready for <see cref="ScoringEngine.ScoreBatch(IEnumerable{RecordReadResult})"/>.</returns>
    /// <exception cref="ArgumentException">The rule set has no <c>rectification</c> section.</exception>
    public static IReadOnlyList<RecordReadResult> AddCounts(RuleSet ruleSet, RectificationResult status, IEnumerable<RecordReadResult> records)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(records);
        var definition = ruleSet.Rectification
            ?? throw new ArgumentException($"The rule set \"{ruleSet.Identity.Id}\" has no \"rectification\" section.", nameof(ruleSet));
        var counted = status.Problems.Where(s => definition.Sources.Contains(s.Problem.Source))
            .ToLookup(s => s.Problem.Organization, StringComparer.Ordinal);
        return [.. records.Select(item =>
        {
            if (item.Record is not { } record)
            {
                return item;
            }

            var given = definition.CountInputs.Values.Where(record.Values.ContainsKey).ToList();
            if (given.Count > 0)
            {
                return RecordReadResult.Rejected(new RecordRejection(record.Id, record.SourceLine, RecordRejectionCodes.ComputedValueGiven,
                    $"the record gives {RuleFileVocabulary.List(given)} itself; problem counts come from the problem list as of {ProblemJson.Date(status.AsOf)}."));
            }

            var values = new Dictionary<string, InputValue>(record.Values, StringComparer.Ordinal);
            foreach (var (problemStatus, input) in definition.CountInputs)
            {
                values[input] = counted[record.Id].Count(s => s.Status == problemStatus);
            }

            return RecordReadResult.Read(record with { Values = values });
        })];
    }

    private static ProblemState StateOf(Problem problem, DateOnly asOf)
    {
        var reports = problem.History.Where(r => r.Date <= asOf).ToList();
        var rectified = reports.FirstOrDefault(r => r.Progress == ProblemProgress.Rectified);
        var status = rectified is not null
            ? rectified.Date <= problem.Deadline ? ProblemStatus.Rectified : ProblemStatus.RectifiedLate
            : problem.Deadline < asOf ? ProblemStatus.Overdue : ProblemStatus.Open;
        return new ProblemState(problem, status, reports.LastOrDefault());
    }

    private static RectificationTally Tally(string key, string? name, List<ProblemState> states) => new(
        key,
        name,
        states.Count,
        states.Select(s => s.Problem.Reference).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
        states.Count(s => s.Status == ProblemStatus.Open),
        states.Count(s => s.Status == ProblemStatus.Overdue),
        states.Count(s => s.Status == ProblemStatus.Rectified),
        states.Count(s => s.Status == ProblemStatus.RectifiedLate))
    {
        Unreferenced = states.Count(s => s.Problem.Reference is null),
    };
}
