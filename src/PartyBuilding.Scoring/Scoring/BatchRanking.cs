using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Ranks scored results as the rule file's ranking policy says: score descending, band level, tie-breaker inputs,
// then id (ordinal) for a stable order; equal scores (and equal tie-breakers) share a rank. Independent of input order.
internal static class BatchRanking
{
    public static IReadOnlyList<RankedResult> Rank(IEnumerable<ScoreResult> results, RankingPolicy policy, IReadOnlyDictionary<string, decimal?[]> tieKeys)
    {
        var comparer = new TieComparer(policy.TieBreakers);
        decimal?[] Keys(ScoreResult r) => tieKeys.GetValueOrDefault(r.Id) ?? [];
        var ordered = results
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Band?.Level ?? int.MinValue)
            .ThenBy(Keys, comparer)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var overall = Ranks(ordered, Keys, comparer);
        if (policy.GroupBy == RankingGroup.None)
        {
            return [.. ordered.Select((r, i) => new RankedResult(overall[i], r))];
        }

        string GroupOf(ScoreResult r) => (policy.GroupBy == RankingGroup.Type ? r.Type : r.Parent) ?? string.Empty;
        var groupRanks = new Dictionary<ScoreResult, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in ordered.GroupBy(GroupOf, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var ranks = Ranks(members, Keys, comparer);
            for (var i = 0; i < members.Count; i++)
            {
                groupRanks[members[i]] = ranks[i];
            }
        }

        return [.. ordered.Select((r, i) => new RankedResult(overall[i], r) { Group = GroupOf(r), GroupRank = groupRanks[r] })];
    }

    private static int[] Ranks(List<ScoreResult> ordered, Func<ScoreResult, decimal?[]> keys, TieComparer comparer) =>
        SharedRanks(ordered.Count, i => ordered[i].Score == ordered[i - 1].Score && comparer.Compare(keys(ordered[i]), keys(ordered[i - 1])) == 0);

    // Ranks of an ordered list where tied neighbours share a rank and the next one skips (1, 2, 2, 4): the place in the
    // list, or the rank of the one before when tiedWithPrevious(i) says so (asked for i ≥ 1 only). RankedSlots uses it too.
    internal static int[] SharedRanks(int count, Func<int, bool> tiedWithPrevious)
    {
        var ranks = new int[count];
        for (var i = 0; i < count; i++)
        {
            ranks[i] = i > 0 && tiedWithPrevious(i) ? ranks[i - 1] : i + 1;
        }

        return ranks;
    }

    // Orders tie-breaker values: each key in its declared direction, a missing value last.
    internal sealed class TieComparer(IReadOnlyList<TieBreaker> tieBreakers) : IComparer<decimal?[]>
    {
        public int Compare(decimal?[]? x, decimal?[]? y)
        {
            for (var i = 0; i < tieBreakers.Count; i++)
            {
                var a = x is not null && i < x.Length ? x[i] : null;
                var b = y is not null && i < y.Length ? y[i] : null;
                var order = (a, b) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    _ => tieBreakers[i].Descending ? b.Value.CompareTo(a.Value) : a.Value.CompareTo(b.Value),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }
    }
}
