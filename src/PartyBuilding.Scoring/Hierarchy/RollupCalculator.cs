using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Hierarchy;

// Evaluates the rule file's roll-ups: one partial aggregate per direct parent, merged up the parent chain for
// "descendants". Results ordered by roll-up (file order), then organization id. Every parent named by a record of the
// batch is listed, also when none of its children was scored (0 counted, not evaluated), and so is a parent whose type
// is unknown (no organization tree and no record of it) when the roll-up is limited to parent types: it is listed as not
// evaluated with the reason, never silently left out.
internal static class RollupCalculator
{
    /// <summary>The reason given for a parent none of whose organizations was scored.</summary>
    public const string NothingScored = "no organization under it was scored";

    /// <summary>The reason given for a parent whose type is unknown.</summary>
    public const string TypeUnknown = "its type is unknown: give the organization tree (--organizations) so roll-ups limited to parent types can be evaluated";

    public static IReadOnlyList<RollupOutcome> Compute(IReadOnlyList<RollupRule> rules, IReadOnlyList<ScoreResult> results, OrganizationTree? tree,
        IEnumerable<string?>? parentsNamed = null)
    {
        var records = rules.Count == 0 ? [] : results.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return Compute(rules, results.Select(r => (r.Parent, r.Score, r.Band)), id => records.TryGetValue(id, out var r) ? (r.Name, r.Type, r.Parent) : null, tree, parentsNamed);
    }

    // The same, for a batch that does not hold its results as objects: results are read once per roll-up, and what is
    // known of a scored organization (name, type, parent) is looked up by id.
    public static IReadOnlyList<RollupOutcome> Compute(IReadOnlyList<RollupRule> rules, IEnumerable<(string? Parent, decimal Score, BandResult? Band)> results,
        Func<string, (string? Name, string? Type, string? Parent)?> scoredRecord, OrganizationTree? tree, IEnumerable<string?>? parentsNamed)
    {
        if (rules.Count == 0)
        {
            return [];
        }

        string? ParentOf(string id) => scoredRecord(id) is { } r ? r.Parent : tree?.Find(id)?.Parent;
        var outcomes = new List<RollupOutcome>();
        foreach (var rule in rules)
        {
            var bands = rule.Bands.ToHashSet(StringComparer.Ordinal);
            var direct = new Dictionary<string, GroupAggregate>(StringComparer.Ordinal);
            foreach (var parent in (parentsNamed ?? []).OfType<string>())
            {
                direct.TryAdd(parent, GroupAggregate.Empty);
            }

            foreach (var (parent, score, band) in results)
            {
                if (parent is not null)
                {
                    var part = GroupAggregate.Of(score, band is not null && bands.Contains(band.Id));
                    direct[parent] = direct.GetValueOrDefault(parent, GroupAggregate.Empty).Merge(part);
                }
            }

            var totals = new Dictionary<string, GroupAggregate>(direct, StringComparer.Ordinal);
            if (rule.Over == RollupScope.Descendants)
            {
                foreach (var (parent, aggregate) in direct)
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal) { parent };
                    for (var above = ParentOf(parent); above is not null && seen.Add(above); above = ParentOf(above))
                    {
                        totals[above] = totals.GetValueOrDefault(above, GroupAggregate.Empty).Merge(aggregate);
                    }
                }
            }

            foreach (var (id, aggregate) in totals.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var name = tree?.Find(id)?.Name ?? scoredRecord(id)?.Name;
                var type = tree?.Find(id)?.Type ?? scoredRecord(id)?.Type;
                if (rule.ParentTypes.Count > 0 && type is null)
                {
                    outcomes.Add(new RollupOutcome(rule, id, name, type, aggregate, false) { NotEvaluated = TypeUnknown });
                }
                else if (rule.ParentTypes.Count == 0 || rule.ParentTypes.Contains(type!, StringComparer.Ordinal))
                {
                    outcomes.Add(aggregate.Count == 0
                        ? new RollupOutcome(rule, id, name, type, aggregate, false) { NotEvaluated = NothingScored }
                        : new RollupOutcome(rule, id, name, type, aggregate, aggregate.Share >= rule.MinimumShare));
                }
            }
        }

        return outcomes;
    }
}
