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
        Sort(slots, order, policy.TieBreakers.Count == 0, (a, b) =>
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
        ranks = BatchRanking.SharedRanks(order.Length, i => Tied(order[i], order[i - 1]));

        if (groupBy == RankingGroup.None)
        {
            return;
        }

        // Within a group: the position among its members in the overall order, shared with the member before when tied.
        groupRanks = new int[order.Length];
        var groups = new Dictionary<string, (int Members, int Rank, int Last)>(StringComparer.Ordinal);
        for (var i = 0; i < order.Length; i++)
        {
            ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, GroupOf(order[i]), out _);
            group.Members++;
            group.Rank = group.Members > 1 && Tied(order[i], group.Last) ? group.Rank : group.Members;
            group.Last = order[i];
            groupRanks[i] = group.Rank;
        }

        int Level(ushort band) => slots.BandAt(band) is { } b ? b.Level : int.MinValue;
    }

    public int Count => order.Length;

    // Sorts the slots by the comparison. Score descending and band level descending are packed into one long per slot when
    // every score fits, so most of the order is a sort of primitives held side by side; each run of equal keys (same score
    // and level) is then put in order by the full comparison (tie-breakers, id). The comparison is a strict total order
    // (ids are unique), so the result is the same as sorting by the comparison alone.
    // byIdOnly: no tie-breakers, so slots of equal score and band level are ordered by id alone.
    private static void Sort(BatchSlots slots, int[] order, bool byIdOnly, Comparison<int> compare)
    {
        if (Keys(slots, order) is not { } keys)
        {
            Array.Sort(order, compare);
            return;
        }

        Array.Sort(keys, order);
        var comparer = Comparer<int>.Create(compare);
        var ids = byIdOnly ? new string[order.Length] : null;
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1 && ids is not null)
            {
                // Equal scores are common (thousands per score in a national batch): their ids side by side sort fastest.
                for (var i = start; i < end; i++)
                {
                    ids[i] = slots[order[i]].Id;
                }

                Array.Sort(ids, order, start, end - start, StringComparer.Ordinal);
            }
            else if (end - start > 1)
            {
                Array.Sort(order, start, end - start, comparer);
            }

            start = end;
        }
    }

    // Ascending keys for descending score, then descending band level (no band lowest); null when a score has more than
    // 8 decimals or is too large to pack (the full comparison then sorts alone).
    private static long[]? Keys(BatchSlots slots, int[] order)
    {
        const int MaxScale = 8;
        var scale = 0;
        var levelOf = new Dictionary<ushort, int>();
        foreach (var index in order)
        {
            ref var slot = ref slots[index];
            scale = Math.Max(scale, slot.Score.Scale);
            if (!levelOf.ContainsKey(slot.Band))
            {
                levelOf[slot.Band] = slots.BandAt(slot.Band) is { } band ? band.Level : int.MinValue;
            }
        }

        if (scale > MaxScale)
        {
            return null;
        }

        // Rank 0 for the highest level: ascending keys put it first.
        var levelRank = levelOf.Values.Distinct().OrderDescending().Select((level, rank) => (level, rank)).ToDictionary(x => x.level, x => x.rank);
        var rankOf = levelOf.ToDictionary(pair => pair.Key, pair => levelRank[pair.Value]);
        var power = 1m;
        for (var i = 0; i < scale; i++)
        {
            power *= 10;
        }

        // Band indexes are 16 bits, so at most 65,536 levels: the score takes the bits above them.
        var limit = (1L << 46) / power;
        var keys = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ref var slot = ref slots[order[i]];
            if (Math.Abs(slot.Score) >= limit)
            {
                return null;
            }

            keys[i] = (-(long)(slot.Score * power) * 65536) + rankOf[slot.Band];
        }

        return keys;
    }

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

    // The rank, score and band at a position, read from its slot without rebuilding the result.
    public (int Rank, decimal Score, BandResult? Band) Standing(int index) => (ranks[index], slots[order[index]].Score, slots.BandOf(order[index]));

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
