using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Hierarchy;

// Evaluates the rule file's roll-ups: one partial aggregate per direct parent, merged up the parent chain for
// "descendants". Results ordered by roll-up (file order), then organization id.
internal static class RollupCalculator
{
    public static IReadOnlyList<RollupOutcome> Compute(IReadOnlyList<RollupRule> rules, IReadOnlyList<ScoreResult> results, OrganizationTree? tree)
    {
        if (rules.Count == 0)
        {
            return [];
        }

        var records = results.ToDictionary(r => r.Id, StringComparer.Ordinal);
        string? ParentOf(string id) => records.TryGetValue(id, out var r) ? r.Parent : tree?.Find(id)?.Parent;
        var outcomes = new List<RollupOutcome>();
        foreach (var rule in rules)
        {
            var bands = rule.Bands.ToHashSet(StringComparer.Ordinal);
            var direct = new Dictionary<string, GroupAggregate>(StringComparer.Ordinal);
            foreach (var result in results.Where(r => r.Parent is not null))
            {
                var part = GroupAggregate.Of(result.Score, result.Band is { } band && bands.Contains(band.Id));
                direct[result.Parent!] = direct.GetValueOrDefault(result.Parent!, GroupAggregate.Empty).Merge(part);
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
                var name = tree?.Find(id)?.Name ?? records.GetValueOrDefault(id)?.Name;
                var type = tree?.Find(id)?.Type ?? records.GetValueOrDefault(id)?.Type;
                if (rule.ParentTypes.Count == 0 || (type is not null && rule.ParentTypes.Contains(type, StringComparer.Ordinal)))
                {
                    outcomes.Add(new RollupOutcome(rule, id, name, type, aggregate, aggregate.Share >= rule.MinimumShare));
                }
            }
        }

        return outcomes;
    }
}
