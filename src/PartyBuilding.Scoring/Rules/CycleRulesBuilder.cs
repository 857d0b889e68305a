using System.Globalization;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Periods;

namespace PartyBuilding.Scoring.Rules;

// The words of the assessment-cycle sections and the model built from a validated document.
internal static class CycleRulesBuilder
{
    public static readonly IReadOnlyDictionary<string, PeriodFrequency> Frequencies = new Dictionary<string, PeriodFrequency>(StringComparer.Ordinal)
    {
        ["month"] = PeriodFrequency.Month,
        ["quarter"] = PeriodFrequency.Quarter,
        ["year"] = PeriodFrequency.Year,
    };

    public static readonly IReadOnlyDictionary<string, PeriodMethod> Methods = new Dictionary<string, PeriodMethod>(StringComparer.Ordinal)
    {
        ["mean"] = PeriodMethod.Mean,
        ["sum"] = PeriodMethod.Sum,
        ["last"] = PeriodMethod.Last,
    };

    public static readonly IReadOnlyDictionary<string, MissingPeriodPolicy> MissingPolicies = new Dictionary<string, MissingPeriodPolicy>(StringComparer.Ordinal)
    {
        ["zero"] = MissingPeriodPolicy.Zero,
        ["exclude"] = MissingPeriodPolicy.Exclude,
        ["reject"] = MissingPeriodPolicy.Reject,
    };

    public static readonly IReadOnlyDictionary<string, PeriodSource> Sources = new Dictionary<string, PeriodSource>(StringComparer.Ordinal)
    {
        ["score"] = PeriodSource.Score,
        ["criteria"] = PeriodSource.Criteria,
    };

    public static readonly IReadOnlyDictionary<string, StarEventAction> EventActions = new Dictionary<string, StarEventAction>(StringComparer.Ordinal)
    {
        ["lower"] = StarEventAction.Lower,
        ["revoke"] = StarEventAction.Revoke,
    };

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DateOnly? EffectiveUntil(RuleFileDocument doc) => ParseDate(doc.EffectiveUntil);

    // periods.yearRulesOn: the day of a year whose version in force computes the year. Absent = "yearEnd" (31 December).
    // A MM-dd day must exist in every year (checked against a common year, so 02-29 is refused).
    public static (int Month, int Day)? YearRulesDay(string? text) => text switch
    {
        null or "yearEnd" => (12, 31),
        "yearStart" => (1, 1),
        { Length: 5 } when DateOnly.TryParseExact("2001-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => (day.Month, day.Day),
        _ => null,
    };

    public static IReadOnlyList<PeriodComponent> Components(RuleFileDocument doc)
    {
        var list = (doc.Periods?.Components ?? []).Select(c => c!).ToList();
        var total = list.Sum(c => c.Weight!.Value);
        var scale = total == 100m ? 100m : 1m;
        return [.. list.Select(c => new PeriodComponent(
            c.Id!, c.Title!, Frequencies[c.Frequency!], c.Method is null ? PeriodMethod.Mean : Methods[c.Method],
            c.Missing is null ? MissingPeriodPolicy.Reject : MissingPolicies[c.Missing],
            c.Source is null ? PeriodSource.Score : Sources[c.Source], c.Weight!.Value / scale))];
    }

    public static IReadOnlyList<StarEventRule> EventRules(RuleFileDocument doc) =>
        [.. (doc.Events ?? []).Select(e => new StarEventRule(e!.Kind!, e.Title!, EventActions[e.Action!], e.Levels))];

    public static IReadOnlyList<ProcedureStep> Procedure(RuleFileDocument doc) =>
        [.. (doc.Procedure ?? []).Select(s => new ProcedureStep(s!.Id!, s.Title!, s.Required ?? true))];
}
