using System.Globalization;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Inspections;

/// <summary>
/// Scores monthly inspections (党建工作巡查) with an inspection rule file: each finding counts under its item (a
/// penalty deduction criterion), items not yet in effect on the inspection date are left out, and each finding of an
/// item with <c>deadlineDays</c> becomes a problem due that many days after the inspection. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var scorer = new InspectionScorer(ScoringEngine.Load("rules/monthly-inspection.json"));
/// var batch = scorer.Score(InspectionReader.ReadFile("inspections.json"));
/// </code>
/// </example>
public sealed class InspectionScorer
{
    private readonly Dictionary<string, CriterionDefinition> items;

    /// <summary>Creates a scorer for an inspection rule set.</summary>
    /// <param name="engine">The engine of the inspection rule set.</param>
    public InspectionScorer(ScoringEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        items = engine.RuleSet.Areas.SelectMany(a => a.Criteria)
            .Where(c => c is { Method: ScoringMethod.Deduction, Input: not null })
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The engine of the inspection rule set.</summary>
    public ScoringEngine Engine { get; }

    /// <summary>Scores a batch of inspections.</summary>
    /// <param name="records">The inspections as read.</param>
    /// <returns>Every inspection scored or rejected, the problems found, and a summary per organization.</returns>
    public InspectionBatchResult Score(IEnumerable<InspectionReadResult> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        var valid = list.Select(r => r.Record).OfType<InspectionRecord>().ToList();
        var unreadable = list.Select(r => r.Rejection).OfType<RecordRejection>().ToList();
        var duplicates = DuplicateIds.Find(valid, r => r.Id, r => r.SourceLine, unreadable);
        string Duplicate(string id) => string.Create(CultureInfo.InvariantCulture,
            $"the inspection id \"{id}\" is used by {duplicates.CountOf(id)} records; ids must be unique, so none of them is scored.");
        var rejected = duplicates.Reclassify(unreadable, RecordRejectionCodes.DuplicateId, Duplicate).ToList();
        var scored = new List<InspectionResult>();
        foreach (var inspection in valid)
        {
            if (duplicates.Contains(inspection.Id))
            {
                rejected.Add(new RecordRejection(inspection.Id, inspection.SourceLine, RecordRejectionCodes.DuplicateId, Duplicate(inspection.Id)));
            }
            else if (TryScore(inspection, out var result, out var rejection))
            {
                scored.Add(result);
            }
            else
            {
                rejected.Add(rejection);
            }
        }

        var rounding = Engine.RuleSet.Rounding;
        var summaries = scored.GroupBy(s => s.Inspection.Organization, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new InspectionSummary(
                g.Key,
                g.OrderBy(s => s.Inspection.Date).Select(s => s.Inspection.Name).LastOrDefault(n => n is not null),
                g.Count(),
                g.Sum(s => s.Inspection.Findings.Count),
                decimal.Round(g.Average(s => s.Result.Score), rounding.Decimals, rounding.Mode),
                g.Min(s => s.Result.Score)))
            .ToList();
        return new InspectionBatchResult(
            Engine.RuleSet.Identity,
            list.Count,
            [.. scored.OrderBy(s => s.Inspection.Date).ThenBy(s => s.Inspection.Organization, StringComparer.Ordinal).ThenBy(s => s.Inspection.Id, StringComparer.Ordinal)],
            [.. rejected.OrderBy(r => r.Line ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal)],
            summaries);
    }

    private bool TryScore(InspectionRecord inspection, out InspectionResult result, out RecordRejection rejection)
    {
        result = null!;
        var rules = Engine.RuleSet;
        if (!rules.IsInForceOn(inspection.Date))
        {
            var period = rules.EffectiveUntil is { } until ? $"from {Text(rules.EffectiveFrom)} to {Text(until)}" : $"from {Text(rules.EffectiveFrom)}";
            rejection = new RecordRejection(inspection.Id, inspection.SourceLine, RecordRejectionCodes.InspectionOutsideRuleSet,
                $"the inspection on {Text(inspection.Date)} is outside the period of rule set \"{rules.Identity.Id}\" {rules.Identity.Version}, which is in force {period}; score it with the rules in force on that date.");
            return false;
        }

        var problems = new List<string>();
        var values = new Dictionary<string, InputValue>(StringComparer.Ordinal);
        foreach (var group in inspection.Findings.GroupBy(f => f.ItemId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!items.TryGetValue(group.Key, out var item))
            {
                problems.Add($"\"{group.Key}\" is not an inspection item of rule set \"{Engine.RuleSet.Identity.Id}\".");
            }
            else if (item.EffectiveFrom > inspection.Date)
            {
                problems.Add($"the item \"{item.Id}\" ({item.Title}) is in effect from {Text(item.EffectiveFrom.Value)}; the inspection on {Text(inspection.Date)} cannot report findings for it.");
            }
            else if (item.DeadlineDays is { } days && DateOnly.MaxValue.DayNumber - inspection.Date.DayNumber < days)
            {
                rejection = new RecordRejection(inspection.Id, inspection.SourceLine, RecordRejectionCodes.MalformedInspection,
                    $"the inspection date {Text(inspection.Date)} plus the {days}-day deadline of item \"{item.Id}\" is after the last date the calendar can hold (9999-12-31); check the date.");
                return false;
            }
            else
            {
                values[item.Input!] = (values.TryGetValue(item.Input!, out var before) ? before.Number : 0m) + group.Count();
            }
        }

        if (problems.Count > 0)
        {
            rejection = new RecordRejection(inspection.Id, inspection.SourceLine, RecordRejectionCodes.UnknownInspectionItem, string.Join(" ", problems));
            return false;
        }

        var record = new OrganizationRecord(inspection.Id)
        {
            Name = inspection.Name,
            Type = inspection.Type,
            Parent = inspection.Organization,
            Values = values,
            SourceLine = inspection.SourceLine,
        };
        if (!Engine.TryScore(record, inspection.Date, out var score, out var engineRejection))
        {
            rejection = engineRejection;
            return false;
        }

        rejection = null!;
        result = new InspectionResult(inspection, score, ProblemsOf(inspection));
        return true;
    }

    private List<Problem> ProblemsOf(InspectionRecord inspection)
    {
        var problems = new List<Problem>();
        foreach (var group in inspection.Findings.GroupBy(f => f.ItemId, StringComparer.Ordinal))
        {
            var item = items[group.Key];
            if (item.DeadlineDays is not { } days)
            {
                continue;
            }

            var number = 0;
            foreach (var finding in group)
            {
                number++;
                problems.Add(new Problem(
                    string.Create(CultureInfo.InvariantCulture, $"{inspection.Id}-{item.Id}-{number}"),
                    inspection.Organization, ProblemSource.Inspection, finding.Description ?? item.Title, inspection.Date.AddDays(days))
                {
                    OrganizationName = inspection.Name,
                    Responsible = inspection.Responsible,
                    Found = inspection.Date,
                    Reference = inspection.Id,
                });
            }
        }

        return problems;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
