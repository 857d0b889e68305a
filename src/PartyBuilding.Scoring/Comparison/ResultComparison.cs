namespace PartyBuilding.Scoring.Comparison;

/// <summary>
/// Two results for the same organizations compared: per organization the score change and the band change, and the
/// count per band before and after. Deterministic: organizations ordered by id, bands by level (highest first).
/// </summary>
/// <param name="Before">The previous result's rule set.</param>
/// <param name="After">The current result's rule set.</param>
/// <param name="Organizations">One entry per organization in either result, ordered by id (ordinal).</param>
/// <param name="Bands">Counts per band, highest level first, revoked last.</param>
public sealed record ResultComparison(
    Rules.RuleSetIdentity Before, Rules.RuleSetIdentity After, IReadOnlyList<OrganizationChange> Organizations, IReadOnlyList<BandCount> Bands)
{
    /// <summary>Compares a previous and a current result.</summary>
    /// <param name="before">The previous result (e.g. last year's bulletin, or the old rule version).</param>
    /// <param name="after">The current result.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The two results are of different rule sets (<see cref="MismatchOf"/>).</exception>
    public static ResultComparison Compare(OutcomeSet before, OutcomeSet after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (MismatchOf(before.RuleSet, after.RuleSet) is { } mismatch)
        {
            throw new ArgumentException(mismatch);
        }

        var ids = before.Outcomes.Select(o => o.Id).Union(after.Outcomes.Select(o => o.Id), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var changes = ids.Select(id =>
        {
            var old = before.Find(id);
            var now = after.Find(id);
            return new OrganizationChange(id, now?.Name ?? old?.Name, old, now, Classify(old, now));
        }).ToList();
        return new ResultComparison(before.RuleSet, after.RuleSet, changes, CountBands(before, after));
    }

    /// <summary>
    /// Why two results cannot be compared: they come from rule sets with different ids, so their bands are different
    /// tables. Null when the ids match; different versions of one rule set are comparable (the report names both).
    /// </summary>
    /// <param name="before">The previous result's rule set.</param>
    /// <param name="after">The current result's rule set.</param>
    /// <returns>The message naming both rule sets, or null.</returns>
    public static string? MismatchOf(Rules.RuleSetIdentity before, Rules.RuleSetIdentity after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return string.Equals(before.Id, after.Id, StringComparison.Ordinal) ? null
            : $"The previous result is of the rule set \"{before.Id}\" ({before.Version}) and the current one of \"{after.Id}\" ({after.Version}); "
              + $"results of different rule sets have different bands and cannot be compared. Give a result of \"{after.Id}\".";
    }

    /// <summary>The count per band of one result alone (before = after).</summary>
    /// <param name="outcomes">The result.</param>
    /// <returns>Counts, highest level first, revoked last.</returns>
    public static IReadOnlyList<BandCount> CountBands(OutcomeSet outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return CountBands(outcomes, outcomes);
    }

    // The count per band of one result alone, from its bands as they are read (a batch that holds no outcome objects).
    internal static IReadOnlyList<BandCount> CountBands(IEnumerable<BandResult?> bands)
    {
        var counts = new Dictionary<(string? Id, string Label, int? Level), int>();
        foreach (var band in bands)
        {
            var key = Key(band);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return
        [
            .. counts.OrderByDescending(c => c.Key.Level ?? int.MinValue).ThenBy(c => c.Key.Id, StringComparer.Ordinal).ThenBy(c => c.Key.Label, StringComparer.Ordinal)
                .Select(c => new BandCount(c.Key.Label, c.Key.Id, c.Key.Level, c.Value, c.Value)),
        ];
    }

    private static BandChange Classify(OrganizationOutcome? before, OrganizationOutcome? after)
    {
        if (before is null)
        {
            return BandChange.New;
        }

        if (after is null)
        {
            return BandChange.Gone;
        }

        var was = before.Band?.Level ?? int.MinValue;
        var now = after.Band?.Level ?? int.MinValue;
        return now > was ? BandChange.Promoted : now < was ? BandChange.Demoted : BandChange.Unchanged;
    }

    private static List<BandCount> CountBands(OutcomeSet before, OutcomeSet after)
    {
        var keys = before.Outcomes.Concat(after.Outcomes).Select(o => Key(o.Band)).Distinct()
            .OrderByDescending(k => k.Level ?? int.MinValue).ThenBy(k => k.Id, StringComparer.Ordinal).ThenBy(k => k.Label, StringComparer.Ordinal);
        return
        [
            .. keys.Select(k => new BandCount(k.Label, k.Id, k.Level,
                before.Outcomes.Count(o => Key(o.Band) == k), after.Outcomes.Count(o => Key(o.Band) == k))),
        ];
    }

    private static (string? Id, string Label, int? Level) Key(BandResult? band) =>
        band is null ? (null, "revoked", null) : (band.Id, band.Label, band.Level);
}
