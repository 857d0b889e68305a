using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Hierarchy;

// Child inputs for a batch: a first pass keeps only each record's parent (ids), from which every record's depth among
// the records follows; the records are then scored deepest first, one pass per depth, so a parent's child inputs are
// filled from the results of the organizations under it.
internal sealed class ChildAggregates
{
    private readonly RuleSet ruleSet;
    private readonly Dictionary<string, List<string>> children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> depths = new(StringComparer.Ordinal);

    private ChildAggregates(RuleSet ruleSet) => this.ruleSet = ruleSet;

    public static ChildAggregates Collect(RuleSet ruleSet, IEnumerable<RecordReadResult> items)
    {
        var aggregates = new ChildAggregates(ruleSet);
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var record in items.Select(i => i.Record).OfType<OrganizationRecord>())
        {
            if (parents.TryAdd(record.Id, record.Parent) && record.Parent is { } parent)
            {
                if (!aggregates.children.TryGetValue(parent, out var list))
                {
                    aggregates.children[parent] = list = [];
                }

                list.Add(record.Id);
            }
        }

        foreach (var id in parents.Keys)
        {
            // Depth = ancestors among the records; a cycle (rejected later) stops the walk.
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            var depth = 0;
            for (var above = parents[id]; above is not null && parents.ContainsKey(above) && seen.Add(above); above = parents[above])
            {
                depth++;
            }

            aggregates.depths[id] = depth;
        }

        return aggregates;
    }

    // The items again, deepest records first; items that are not records come with the top level.
    public IEnumerable<RecordReadResult> Ordered(IEnumerable<RecordReadResult> items)
    {
        var deepest = depths.Count == 0 ? 0 : depths.Values.Max();
        return Enumerable.Range(0, deepest + 1).Reverse()
            .SelectMany(depth => items.Where(item => (item.Record is { } record ? depths.GetValueOrDefault(record.Id) : 0) == depth));
    }

    public RecordReadResult Fill(OrganizationRecord record, Func<string, ScoreResult?> resultOf)
    {
        var values = new Dictionary<string, InputValue>(record.Values, StringComparer.Ordinal);
        foreach (var child in ruleSet.ChildInputs)
        {
            if (values.ContainsKey(child.Input))
            {
                return RecordReadResult.Rejected(new RecordRejection(record.Id, record.SourceLine, RecordRejectionCodes.ChildInputSupplied,
                    $"the record gives \"{child.Input}\", which is filled from the results of the organizations under it; leave it out of the record."));
            }

            var bands = child.Bands.ToHashSet(StringComparer.Ordinal);
            var aggregate = Under(record.Id, child.Over).Select(resultOf).OfType<ScoreResult>()
                .Aggregate(GroupAggregate.Empty, (sum, r) => sum.Merge(GroupAggregate.Of(r.Score, r.Band is { } band && bands.Contains(band.Id))));
            if (aggregate.Count > 0)
            {
                values[child.Input] = child.Statistic switch
                {
                    ChildStatistic.Mean => aggregate.Mean!.Value,
                    ChildStatistic.Min => aggregate.Min!.Value,
                    ChildStatistic.Max => aggregate.Max!.Value,
                    ChildStatistic.Count => aggregate.Count,
                    _ => aggregate.Share,
                };
            }
        }

        return RecordReadResult.Read(record with { Values = values });
    }

    private IEnumerable<string> Under(string id, RollupScope over)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var queue = new Queue<string>(children.GetValueOrDefault(id) ?? []);
        while (queue.TryDequeue(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            yield return next;
            if (over == RollupScope.Descendants)
            {
                foreach (var below in children.GetValueOrDefault(next) ?? [])
                {
                    queue.Enqueue(below);
                }
            }
        }
    }
}
