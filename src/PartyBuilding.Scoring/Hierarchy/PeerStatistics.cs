using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Hierarchy;

// Peer inputs for a batch: a first pass over the records collects, per peer input and group, the compared values
// (only group keys, numbers and the ids that gave a value are kept); the second pass fills each record's peer inputs
// before it is scored. Records without an id and those excluded (rejected in an earlier round) give no value.
internal sealed class PeerStatistics
{
    private readonly RuleSet ruleSet;
    private readonly Dictionary<(int Peer, string Group), decimal[]> sorted = [];

    private PeerStatistics(RuleSet ruleSet) => this.ruleSet = ruleSet;

    // The ids of the records that gave at least one value.
    public HashSet<string> Contributors { get; } = new(StringComparer.Ordinal);

    public static PeerStatistics Collect(RuleSet ruleSet, IEnumerable<RecordReadResult> items, IReadOnlySet<string> excluded)
    {
        var statistics = new PeerStatistics(ruleSet);
        var values = new Dictionary<(int Peer, string Group), List<decimal>>();
        foreach (var record in items.Select(i => i.Record).OfType<OrganizationRecord>())
        {
            if (string.IsNullOrWhiteSpace(record.Id) || excluded.Contains(record.Id))
            {
                continue;
            }

            for (var p = 0; p < ruleSet.Peers.Count; p++)
            {
                if (statistics.ValueOf(record, ruleSet.Peers[p]) is { } value)
                {
                    statistics.Contributors.Add(record.Id);
                    var key = (p, GroupOf(record, ruleSet.Peers[p].Within));
                    if (!values.TryGetValue(key, out var list))
                    {
                        values[key] = list = [];
                    }

                    list.Add(value);
                }
            }
        }

        foreach (var (key, list) in values)
        {
            statistics.sorted[key] = [.. list.Order()];
        }

        return statistics;
    }

    public RecordReadResult Fill(OrganizationRecord record)
    {
        var values = new Dictionary<string, InputValue>(record.Values, StringComparer.Ordinal);
        for (var p = 0; p < ruleSet.Peers.Count; p++)
        {
            var peer = ruleSet.Peers[p];
            if (values.ContainsKey(peer.Input))
            {
                return RecordReadResult.Rejected(new RecordRejection(record.Id, record.SourceLine, RecordRejectionCodes.PeerInputSupplied,
                    $"the record gives \"{peer.Input}\", which is filled from the other organizations' \"{peer.Of}\"; leave it out of the record."));
            }

            // An organization without a valid value of its own gets no peer value; the criteria reading it then reject it as missing.
            if (ValueOf(record, peer) is { } own && sorted.TryGetValue((p, GroupOf(record, peer.Within)), out var group))
            {
                values[peer.Input] = peer.Statistic switch
                {
                    PeerStatistic.Highest => group[^1],
                    PeerStatistic.Lowest => group[0],
                    PeerStatistic.Mean => group.Sum() / group.Length,
                    PeerStatistic.RankDescending => 1 + group.Length - UpperBound(group, own),
                    _ => 1 + LowerBound(group, own),
                };
            }
        }

        return RecordReadResult.Read(record with { Values = values });
    }

    private static string GroupOf(OrganizationRecord record, RankingGroup within) => within switch
    {
        RankingGroup.Type => record.Type ?? string.Empty,
        RankingGroup.Parent => record.Parent ?? string.Empty,
        _ => string.Empty,
    };

    // How many values of the ascending array are below x (LowerBound) or at most x (UpperBound): binary searches.
    private static int LowerBound(decimal[] values, decimal x) => Search(values, v => v < x);

    private static int UpperBound(decimal[] values, decimal x) => Search(values, v => v <= x);

    private static int Search(decimal[] values, Func<decimal, bool> before)
    {
        int low = 0, high = values.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (before(values[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private decimal? ValueOf(OrganizationRecord record, PeerInput peer)
    {
        var input = ruleSet.Inputs.First(i => i.Id == peer.Of);
        InputValue? value = record.Values.TryGetValue(peer.Of, out var given) ? given : input.Default;
        return value is { Kind: InputValueKind.Number } v && (input.Min is null || v.Number >= input.Min) && (input.Max is null || v.Number <= input.Max)
            ? v.Number
            : null;
    }
}
