using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// The ranked results of a batch without an object per organization: an index array sorted as BatchRanking sorts
// results (score descending, band level, tie-breakers, id ordinal), the overall and group ranks beside it, and each
// RankedResult rebuilt from its slot when read. Same order and ranks as BatchRanking.Rank over the same results.
internal sealed class RankedSlots : IReadOnlyList<RankedResult>
{
    private readonly BatchSlots slots;
    private readonly int[] order;
    private readonly int[] ranks;
    private readonly int[]? groupRanks;
    private readonly RankingGroup groupBy;

    public RankedSlots(BatchSlots slots, IEnumerable<int> scored, RankingPolicy policy)
    {
        this.slots = slots;
        groupBy = policy.GroupBy;
        var comparer = new BatchRanking.TieComparer(policy.TieBreakers);
        order = [.. scored];
        Array.Sort(order, (a, b) =>
        {
            ref var x = ref slots[a];
            ref var y = ref slots[b];
            var byScore = y.Score.CompareTo(x.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byBand = Level(y.Band).CompareTo(Level(x.Band));
            if (byBand != 0)
            {
                return byBand;
            }

            var byKeys = comparer.Compare(slots.TieKeysOf(a), slots.TieKeysOf(b));
            return byKeys != 0 ? byKeys : string.CompareOrdinal(x.Id, y.Id);
        });

        bool Tied(int a, int b) => slots[a].Score == slots[b].Score && comparer.Compare(slots.TieKeysOf(a), slots.TieKeysOf(b)) == 0;
        ranks = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ranks[i] = i > 0 && Tied(order[i], order[i - 1]) ? ranks[i - 1] : i + 1;
        }

        if (groupBy == RankingGroup.None)
        {
            return;
        }

        // Within a group: the position among its members in the overall order, shared with the member before when tied.
        groupRanks = new int[order.Length];
        var groups = new Dictionary<string, (int Members, int Rank, int Last)>(StringComparer.Ordinal);
        for (var i = 0; i < order.Length; i++)
        {
            var key = GroupOf(order[i]);
            var (members, rank, last) = groups.GetValueOrDefault(key);
            members++;
            rank = members > 1 && Tied(order[i], last) ? rank : members;
            groups[key] = (members, rank, order[i]);
            groupRanks[i] = rank;
        }

        int Level(ushort band) => slots.BandAt(band) is { } b ? b.Level : int.MinValue;
    }

    public int Count => order.Length;

    // Parent, score and band in rank order, read from the slots without rebuilding results (roll-ups).
    public IEnumerable<(string? Parent, decimal Score, BandResult? Band)> Outcomes => order.Select(i => (slots[i].Parent, slots[i].Score, slots.BandOf(i)));

    // The bands in rank order, read from the slots without rebuilding results.
    public IEnumerable<BandResult?> Bands => order.Select(slots.BandOf);

    // The area layouts of the ranked results (source, id, title, max; points 0), in order of first appearance by rank.
    public IReadOnlyList<AreaScore[]> Layouts => [.. order.Select(i => slots[i].Layout).Distinct().Select(slots.LayoutAt)];

    public RankedResult this[int index]
    {
        get
        {
            var result = slots.Materialize(order[index]);
            return groupRanks is null
                ? new RankedResult(ranks[index], result)
                : new RankedResult(ranks[index], result) { Group = GroupOf(order[index]), GroupRank = groupRanks[index] };
        }
    }

    public IEnumerator<RankedResult> GetEnumerator()
    {
        for (var i = 0; i < order.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private string GroupOf(int slot) => (groupBy == RankingGroup.Type ? slots[slot].Type : slots[slot].Parent) ?? string.Empty;
}
