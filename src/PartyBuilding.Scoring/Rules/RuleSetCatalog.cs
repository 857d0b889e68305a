using System.Globalization;

namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// The versions of one rule set over time (e.g. <c>star-rating-cycle</c> 2024.1 and 2026.1), each in force from its
/// <c>effectiveFrom</c> through its <c>effectiveUntil</c>, or until the next version takes effect. Given a date, the
/// catalog picks the version in force, so recomputing a past year uses that year's rules. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var catalog = RuleSetCatalog.Create([ScoringEngine.Load("rules/star-rating-cycle-2024.json"), ScoringEngine.Load("rules/star-rating-cycle-2026.json")]);
/// var rules2024 = catalog.InForceOn(new DateOnly(2024, 12, 31)); // version 2024.1
/// </code>
/// </example>
public sealed class RuleSetCatalog
{
    // The day of a year whose version computes it (periods.yearRulesOn); every version with periods agrees on it.
    private readonly (int Month, int Day) yearRulesOn;

    private RuleSetCatalog(IReadOnlyList<ScoringEngine> versions)
    {
        Versions = versions;
        yearRulesOn = versions.Select(v => v.RuleSet).FirstOrDefault(r => r.PeriodComponents.Count > 0)?.YearRulesOn ?? (12, 31);
    }

    /// <summary>The versions, oldest first (by <see cref="RuleSet.EffectiveFrom"/>).</summary>
    public IReadOnlyList<ScoringEngine> Versions { get; }

    /// <summary>Builds a catalog from loaded versions of one rule set.</summary>
    /// <param name="versions">The versions, in any order; all with the same rule-set id.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">No version is given, or the versions belong to different rule sets.</exception>
    /// <exception cref="RuleFileException">Two versions share a version text or are in force on the same day (PBS203), or give different <c>periods.yearRulesOn</c> days (PBS280).</exception>
    public static RuleSetCatalog Create(IEnumerable<ScoringEngine> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var list = versions.OrderBy(v => v.RuleSet.EffectiveFrom).ThenBy(v => v.RuleSet.Identity.Version, StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A rule-set catalog needs at least one version.", nameof(versions));
        }

        var ids = list.Select(v => v.RuleSet.Identity.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count > 1)
        {
            throw new ArgumentException($"A catalog holds the versions of one rule set, but these have the ids {RuleFileVocabulary.List(ids)}.", nameof(versions));
        }

        var errors = new List<RuleFileError>();
        for (var i = 1; i < list.Count; i++)
        {
            var (earlier, later) = (list[i - 1].RuleSet, list[i].RuleSet);
            var message = earlier.Identity.Version == later.Identity.Version
                ? $"The version \"{later.Identity.Version}\" is also the version of {earlier.FileName}; each version of a rule set needs its own version text."
                : earlier.EffectiveFrom == later.EffectiveFrom || earlier.EffectiveUntil >= later.EffectiveFrom
                    ? $"Version {later.Identity.Version} takes effect on {Text(later.EffectiveFrom)}, while version {earlier.Identity.Version} ({earlier.FileName}) "
                      + $"is in force {(earlier.EffectiveUntil is { } until ? "until " + Text(until) : "from the same day")}; only one version may be in force on a day."
                    : null;
            if (message is not null)
            {
                errors.Add(new RuleFileError(later.FileName, "$.effectiveFrom", later.EffectiveFromPosition.Line, later.EffectiveFromPosition.Column,
                    RuleFileErrorCodes.VersionsOverlap, message));
            }
        }

        errors.AddRange(YearRulesConflicts(list));
        return errors.Count > 0 ? throw new RuleFileException(errors) : new RuleSetCatalog(list);
    }

    /// <summary>The version in force on a date: the latest that took effect on or before it and has not ended.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The engine of that version, or null when no version is in force on that date.</returns>
    public ScoringEngine? InForceOn(DateOnly date) => Versions.LastOrDefault(v => v.RuleSet.EffectiveFrom <= date) is { } engine
        && engine.RuleSet.IsInForceOn(date) ? engine : null;

    /// <summary>
    /// The day of a year whose version in force computes that year's annual result: <c>periods.yearRulesOn</c> of the
    /// versions (all versions with <c>periods</c> agree), 31 December by default.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>That day in the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public DateOnly YearRulesDate(int year) => new(year, yearRulesOn.Month, yearRulesOn.Day);

    // Each version says which day of a year picks the version that computes it; if two versions said different days,
    // a year around a change could be computed by both or by neither, so they must agree (versions without periods
    // compute no year and are left out).
    private static IEnumerable<RuleFileError> YearRulesConflicts(List<ScoringEngine> list)
    {
        var withPeriods = list.Select(v => v.RuleSet).Where(r => r.PeriodComponents.Count > 0).ToList();
        return withPeriods.Skip(1).Where(r => r.YearRulesOn != withPeriods[0].YearRulesOn).Select(r => new RuleFileError(
            r.FileName, "$.periods.yearRulesOn", r.YearRulesOnPosition.Line, r.YearRulesOnPosition.Column, RuleFileErrorCodes.YearRulesDiffer,
            $"Version {r.Identity.Version} computes a year with the version in force on {Day(r.YearRulesOn)}, while version {withPeriods[0].Identity.Version} "
            + $"({withPeriods[0].FileName}) uses {Day(withPeriods[0].YearRulesOn)}; all versions of a rule set must give the same \"yearRulesOn\", "
            + "or a year around a change of version could be computed by both or by neither."));
    }

    private static string Day((int Month, int Day) day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Month:00}-{day.Day:00}{(day == (12, 31) ? " (yearEnd, the default)" : day == (1, 1) ? " (yearStart)" : string.Empty)}");

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
