using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Applies the rule file's quotas to a ranked batch: in each group, the holders of the limited band beyond the limit
// (in rank order) move down to the next band of their table. Works on ranks, so the input order never decides.
internal static class BandQuotas
{
    public static IReadOnlyList<ScoreResult> Apply(IReadOnlyList<RankedResult> ranked, RuleSet ruleSet)
    {
        var current = ranked.Select(r => r.Result).ToList();
        var ranks = ranked.Select(r => r.Rank).ToList();
        foreach (var quota in ruleSet.Quotas)
        {
            foreach (var group in Enumerable.Range(0, current.Count).GroupBy(i => GroupOf(current[i], quota.Within), StringComparer.Ordinal))
            {
                var members = group.ToList();
                var limit = Math.Min(quota.MaxCount ?? int.MaxValue, quota.MaxShare is { } share ? (int)Math.Floor(share * members.Count) : int.MaxValue);
                var holders = members.Where(i => current[i].Band?.Id == quota.Band).ToList();
                if (holders.Count <= limit)
                {
                    continue;
                }

                var tiedAcross = limit > 0 && ranks[holders[limit - 1]] == ranks[holders[limit]];
                var kept = !tiedAcross ? limit
                    : quota.AtBoundary == QuotaBoundary.AdmitAll ? holders.Count(i => ranks[i] <= ranks[holders[limit - 1]])
                    : holders.Count(i => ranks[i] < ranks[holders[limit]]);
                foreach (var i in holders.Skip(kept))
                {
                    current[i] = MoveDown(current[i], quota, ruleSet);
                }
            }
        }

        return current;
    }

    private static string GroupOf(ScoreResult result, RankingGroup within) => within switch
    {
        RankingGroup.Type => result.Type ?? string.Empty,
        RankingGroup.Parent => result.Parent ?? string.Empty,
        _ => string.Empty,
    };

    private static ScoreResult MoveDown(ScoreResult result, QuotaRule quota, RuleSet ruleSet)
    {
        var from = result.Band!;
        if (ruleSet.BandsFor(result.Type).Where(b => b.Level < from.Level).MaxBy(b => b.Level) is not { } lower)
        {
            return result;
        }

        var to = new BandResult(lower.Id, lower.Label, lower.Level);
        return result with { Band = to, Quotas = [.. result.Quotas, new AppliedQuota(quota.Id, quota.Title, from, to, quota.Message)] };
    }
}
