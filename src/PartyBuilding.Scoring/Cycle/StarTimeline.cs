using System.Globalization;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cycle;

// The star level of one organization walked through time: determinations set it for N years, events lower or revoke it
// from their day, and it expires when its validity runs out. Each step uses the rule-set version in force on its day.
internal sealed class StarTimeline(RuleSetCatalog catalog, OrganizationHistory history, IReadOnlyList<AnnualResult> years, List<RecordRejection> rejected)
{
    private readonly List<StarChange> changes = [];
    private BandResult? held;
    private IReadOnlyList<BandDefinition> heldTable = [];
    private DateOnly? validUntil;

    public IReadOnlyList<StarChange> Changes => changes;

    // A level valid through day D expires on D + 1, when nothing renewed it before; applies an expiry on or before `date`.
    public void ExpireBefore(DateOnly date)
    {
        if (validUntil is { } until && until < date)
        {
            var expiry = until.AddDays(1);
            var rules = catalog.InForceOn(expiry)?.RuleSet.Identity ?? changes[^1].RuleSet;
            changes.Add(new StarChange(expiry, StarChangeKind.Expired, held, null,
                $"the level determined on {AssessmentCycle.Text(changes.Last(c => c.Kind == StarChangeKind.Determined).Date)} was valid through {AssessmentCycle.Text(until)} and no new determination followed.",
                null, rules));
            (held, validUntil) = (null, null);
        }
    }

    public void Determine(Determination determination)
    {
        var what = string.Create(CultureInfo.InvariantCulture, $"determination (assessed year {determination.AssessedYear})");
        try
        {
            var date = determination.Date ?? throw new CycleRejection(CycleRejectionCodes.StepSkipped, "it has no steps; every required step of the procedure must be done.");
            what = $"determination of {AssessmentCycle.Text(date)} (assessed year {determination.AssessedYear.ToString(CultureInfo.InvariantCulture)})";
            var engine = catalog.InForceOn(date) ?? throw AssessmentCycle.NoRules(date);
            var rules = engine.RuleSet;
            if (rules.StarValidityYears is not { } validYears || rules.Procedure.Count == 0)
            {
                throw new CycleRejection(CycleRejectionCodes.CycleRulesMissing,
                    $"{AnnualCombiner.Describe(rules)}, in force on {AssessmentCycle.Text(date)}, declares no \"starValidity\" and \"procedure\" for determinations.");
            }

            CheckProcedure(determination, rules.Procedure);
            var annual = years.FirstOrDefault(y => y.Year == determination.AssessedYear)
                ?? throw new CycleRejection(CycleRejectionCodes.NoAnnualResult,
                    string.Create(CultureInfo.InvariantCulture, $"there is no annual result for {determination.AssessedYear} (no data, rejected, or not yet ended) to determine the level from."));
            if (date.Year <= determination.AssessedYear)
            {
                throw new CycleRejection(CycleRejectionCodes.NoAnnualResult,
                    string.Create(CultureInfo.InvariantCulture, $"it is made before the assessed year {determination.AssessedYear} has ended, when its annual result cannot be known yet."));
            }

            if (date.Year + validYears > DateOnly.MaxValue.Year)
            {
                throw new CycleRejection(CycleRejectionCodes.Malformed,
                    string.Create(CultureInfo.InvariantCulture, $"a level determined on {AssessmentCycle.Text(date)} would be valid {validYears} years, past the last date the calendar can hold (9999-12-31); check the dates of the steps."));
            }

            var until = date.AddYears(validYears).AddDays(-1);
            var earned = annual.Band is { } band ? band.Label : "no band (revoked)";
            changes.Add(new StarChange(date, StarChangeKind.Determined, held, annual.Band,
                string.Create(CultureInfo.InvariantCulture,
                    $"{determination.AssessedYear} annual result {DecimalText.Format(annual.Score)} ({earned}) under {annual.RuleSet.Id} {annual.RuleSet.Version}; valid {validYears} years"),
                annual.Band is null ? null : until, rules.Identity));
            held = annual.Band;
            heldTable = rules.BandsFor(history.Type);
            validUntil = annual.Band is null ? null : until;
        }
        catch (CycleRejection ex)
        {
            rejected.Add(AssessmentCycle.Reject(history, what, ex));
        }
    }

    public void Apply(StarEvent starEvent)
    {
        var what = $"event of {AssessmentCycle.Text(starEvent.Date)} ({starEvent.Kind})";
        try
        {
            var engine = catalog.InForceOn(starEvent.Date) ?? throw AssessmentCycle.NoRules(starEvent.Date);
            var rule = engine.RuleSet.EventRules.FirstOrDefault(r => r.Kind == starEvent.Kind)
                ?? throw new CycleRejection(CycleRejectionCodes.UnknownEventKind,
                    $"\"{starEvent.Kind}\" is not an event kind of {AnnualCombiner.Describe(engine.RuleSet)} ({RuleFileVocabulary.List(engine.RuleSet.EventRules.Select(r => r.Kind))}).");
            var cause = $"{rule.Title}: {starEvent.Cause}";
            if (held is not { } level)
            {
                changes.Add(new StarChange(starEvent.Date, StarChangeKind.NoStarHeld, null, null, cause, null, engine.RuleSet.Identity));
                return;
            }

            var after = rule.Action == StarEventAction.Revoke ? null : RecordScorer.ToResult(RecordScorer.AtOrBelow(heldTable, level.Level - rule.Levels!.Value));
            changes.Add(new StarChange(starEvent.Date, after is null ? StarChangeKind.Revoked : StarChangeKind.Lowered, level, after, cause,
                after is null ? null : validUntil, engine.RuleSet.Identity));
            held = after;
            validUntil = after is null ? null : validUntil;
        }
        catch (CycleRejection ex)
        {
            rejected.Add(AssessmentCycle.Reject(history, what, ex));
        }
    }

    // Every required step done, no unknown or repeated step, and the dates follow the procedure's order.
    private static void CheckProcedure(Determination determination, IReadOnlyList<ProcedureStep> procedure)
    {
        var position = procedure.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in determination.Steps)
        {
            if (!position.ContainsKey(step.Step))
            {
                throw new CycleRejection(CycleRejectionCodes.StepsOutOfOrder,
                    $"\"{step.Step}\" is not a step of the procedure ({RuleFileVocabulary.List(procedure.Select(s => s.Id))}).");
            }

            if (!seen.Add(step.Step))
            {
                throw new CycleRejection(CycleRejectionCodes.StepsOutOfOrder, $"the step \"{step.Step}\" is given twice.");
            }
        }

        var skipped = procedure.Where(s => s.Required && !seen.Contains(s.Id)).ToList();
        if (skipped.Count > 0)
        {
            throw new CycleRejection(CycleRejectionCodes.StepSkipped,
                $"the required step{(skipped.Count > 1 ? "s" : string.Empty)} {string.Join(", ", skipped.Select(s => $"\"{s.Id}\" ({s.Title})"))} "
                + $"{(skipped.Count > 1 ? "were" : "was")} skipped; a star level is determined only after every required step of the procedure.");
        }

        var ordered = determination.Steps.OrderBy(s => position[s.Step]).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Date < ordered[i - 1].Date)
            {
                var (earlier, later) = (procedure[position[ordered[i - 1].Step]], procedure[position[ordered[i].Step]]);
                throw new CycleRejection(CycleRejectionCodes.StepsOutOfOrder,
                    $"the step \"{later.Id}\" ({later.Title}) on {AssessmentCycle.Text(ordered[i].Date)} comes before \"{earlier.Id}\" ({earlier.Title}) on "
                    + $"{AssessmentCycle.Text(ordered[i - 1].Date)}, but the procedure puts \"{earlier.Id}\" first.");
            }
        }
    }
}
