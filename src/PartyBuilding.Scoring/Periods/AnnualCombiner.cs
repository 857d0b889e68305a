using System.Globalization;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Periods;

// One organization's year under one rule set: each component's periods combined by its method and missing-period
// policy, the components by their weights (scaled up over the components left), then clamped, rounded and banded.
internal static class AnnualCombiner
{
    public static AnnualResult Combine(ScoringEngine engine, OrganizationHistory history, AssessmentYear year)
    {
        var rules = engine.RuleSet;
        foreach (var name in year.Components.Keys.Where(k => !rules.PeriodComponents.Any(c => c.Id == k)).Order(StringComparer.Ordinal))
        {
            throw new CycleRejection(CycleRejectionCodes.PeriodsDoNotFit,
                $"\"{name}\" is not a period component of {Describe(rules)} (components: {RuleFileVocabulary.List(rules.PeriodComponents.Select(c => c.Id))}).");
        }

        var parts = rules.PeriodComponents.Select(c => CombinePeriods(engine, history, year, c)).ToList();
        var counted = parts.Where(p => p.Score is not null).ToList();
        if (counted.Count == 0)
        {
            throw new CycleRejection(CycleRejectionCodes.MissingPeriod, "no component has a score for the year, so there is no annual result.");
        }

        var weightLeft = counted.Sum(p => p.Weight);
        var components = parts.Select(p => p with { AppliedWeight = p.Score is null ? 0m : p.Weight / weightLeft }).ToList();
        var unrounded = components.Where(c => c.Score is not null).Sum(c => c.AppliedWeight * c.Score!.Value);
        var score = rules.Rounding.Apply(Math.Clamp(unrounded, rules.ScoreMin, rules.ScoreMax), RoundingStage.Final);
        var bands = rules.BandsFor(history.Type);
        var earned = RecordScorer.BandOf(bands, score);
        var vetoes = components.SelectMany(c => c.Scored).SelectMany(r => r.Vetoes)
            .Where(v => v.Action is VetoAction.CapBand or VetoAction.LowerBand or VetoAction.Revoke)
            .DistinctBy(v => v.Id).ToList();
        var band = earned;
        var definitions = rules.Vetoes.ToDictionary(v => v.Id, StringComparer.Ordinal);
        if (vetoes.Where(v => v.Action == VetoAction.CapBand).Select(v => definitions[v.Id].MaxLevel!.Value).DefaultIfEmpty(int.MaxValue).Min() is var cap
            && band.Level > cap)
        {
            band = RecordScorer.AtOrBelow(bands, cap);
        }

        var lowerBy = vetoes.Where(v => v.Action == VetoAction.LowerBand).Sum(v => definitions[v.Id].Levels!.Value);
        if (lowerBy > 0)
        {
            band = RecordScorer.AtOrBelow(bands, band.Level - lowerBy);
        }

        return new AnnualResult
        {
            OrganizationId = history.Id,
            Year = year.Year,
            RuleSet = rules.Identity,
            Unrounded = unrounded,
            Score = score,
            Band = vetoes.Any(v => v.Action == VetoAction.Revoke) ? null : RecordScorer.ToResult(band),
            BandBeforeVetoes = RecordScorer.ToResult(earned),
            Components = components,
            Vetoes = [.. rules.Vetoes.Where(d => vetoes.Any(v => v.Id == d.Id)).Select(d => vetoes.First(v => v.Id == d.Id))],
        };
    }

    private static ComponentResult CombinePeriods(ScoringEngine engine, OrganizationHistory history, AssessmentYear year, PeriodComponent component)
    {
        var rules = engine.RuleSet;
        var entries = year.Components.TryGetValue(component.Id, out var given) ? given : new PeriodEntry?[component.PeriodsPerYear];
        if (entries.Count != component.PeriodsPerYear)
        {
            throw new CycleRejection(CycleRejectionCodes.PeriodsDoNotFit, string.Create(CultureInfo.InvariantCulture,
                $"\"{component.Id}\" ({component.Title}) is collected {Word(component.Frequency)}, so it needs {component.PeriodsPerYear} entries (null for a missing period), not {entries.Count}."));
        }

        var scores = new List<decimal?>();
        var scored = new List<ScoreResult>();
        var missing = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var period = component.PeriodName(year.Year, i);
            if (entries[i] is not { } entry)
            {
                if (component.Missing == MissingPeriodPolicy.Reject)
                {
                    throw new CycleRejection(CycleRejectionCodes.MissingPeriod,
                        $"the period {period} of \"{component.Id}\" ({component.Title}) is missing, and the rule file rejects a year with a missing period (\"missing\": \"reject\").");
                }

                missing.Add(period);
                scores.Add(null);
                continue;
            }

            scores.Add(component.Source == PeriodSource.Score ? ScoreOf(rules, component, period, entry) : ScoreOf(engine, history, component, period, entry, scored));
        }

        var counted = component.Missing == MissingPeriodPolicy.Zero ? scores.Select(s => s ?? 0m).ToList() : [.. scores.OfType<decimal>()];
        decimal? score = counted.Count == 0 ? null : component.Method switch
        {
            PeriodMethod.Sum => counted.Sum(),
            PeriodMethod.Last => counted[^1],
            _ => counted.Sum() / counted.Count,
        };
        return new ComponentResult(component.Id, component.Title, component.Method, component.Missing, component.Weight, component.Weight,
            score, scores, missing, scored);
    }

    private static decimal ScoreOf(RuleSet rules, PeriodComponent component, string period, PeriodEntry entry)
    {
        if (entry.Score is not { } score)
        {
            throw new CycleRejection(CycleRejectionCodes.InvalidPeriod, $"the period {period} of \"{component.Id}\" needs a score (a number), not input values.");
        }

        return score >= rules.ScoreMin && score <= rules.ScoreMax
            ? score
            : throw new CycleRejection(CycleRejectionCodes.InvalidPeriod,
                $"the score {DecimalText.Format(score)} for {period} of \"{component.Id}\" is outside the score range {DecimalText.Format(rules.ScoreMin)}–{DecimalText.Format(rules.ScoreMax)}.");
    }

    private static decimal ScoreOf(ScoringEngine engine, OrganizationHistory history, PeriodComponent component, string period, PeriodEntry entry, List<ScoreResult> scored)
    {
        if (entry.Values is not { } values)
        {
            throw new CycleRejection(CycleRejectionCodes.InvalidPeriod,
                $"the period {period} of \"{component.Id}\" is scored with the criteria, so it needs input values {{ \"values\": {{ … }} }}, not a score.");
        }

        var record = new OrganizationRecord(history.Id) { Name = history.Name, Type = history.Type, Parent = history.Parent, Values = values, SourceLine = history.SourceLine };
        if (!engine.TryScore(record, out var result, out var rejection))
        {
            throw new CycleRejection(CycleRejectionCodes.PeriodRecordRejected, $"the period {period} of \"{component.Id}\" cannot be scored: {rejection.Code}: {rejection.Reason}");
        }

        scored.Add(result);
        return result.Score;
    }

    internal static string Describe(RuleSet rules) => $"{rules.Identity.Id} {rules.Identity.Version}";

    private static string Word(PeriodFrequency frequency) => frequency switch
    {
        PeriodFrequency.Month => "monthly",
        PeriodFrequency.Quarter => "quarterly",
        _ => "yearly",
    };
}
