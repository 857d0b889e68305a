using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Applies the rule file's quotas to a ranked batch, closed and independent of the quotas' order in the file:
// band levels are taken from the highest down; at each level the holders are admitted in rank order, best first, and a
// holder (or a group of holders tied on rank) that would take any quota of its band over its limit in its group moves
// down one band of its table. Holders moved down compete at the next level with those already there, so a demotion can
// cascade, and once the lowest quota-limited level is done every quota holds. Works on ranks: the input order never decides.
internal static class BandQuotas
{
    public static IReadOnlyList<ScoreResult> Apply(IReadOnlyList<RankedResult> ranked, RuleSet ruleSet)
    {
        var current = ranked.Select(r => r.Result).ToList();
        var ranks = ranked.Select(r => r.Rank).ToList();
        var quotas = ruleSet.Quotas.OrderBy(q => q.Id, StringComparer.Ordinal).ToList();
        var limits = quotas.Select(q => Limits(q, current)).ToList();
        var levels = current.Select(r => r.Band?.Level).OfType<int>().Distinct().OrderDescending().ToList();
        for (var l = 0; l < levels.Count; l++)
        {
            var level = levels[l];
            var admitted = quotas.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToList();
            var holders = Enumerable.Range(0, current.Count).Where(i => current[i].Band?.Level == level);
            foreach (var tie in holders.GroupBy(i => ranks[i]).OrderBy(g => g.Key))
            {
                var members = tie.ToList();
                var blocked = members.ToDictionary(i => i, i => Blocking(i, members, quotas, limits, admitted, current));
                foreach (var i in members)
                {
                    if (blocked[i] is { } quota)
                    {
                        current[i] = MoveDown(current[i], quota, ruleSet);
                        if (current[i].Band?.Level is { } lower && !levels.Contains(lower))
                        {
                            levels.Add(lower);
                            levels.Sort((a, b) => b.CompareTo(a));
                        }
                    }
                    else
                    {
                        for (var q = 0; q < quotas.Count; q++)
                        {
                            if (current[i].Band!.Id == quotas[q].Band)
                            {
                                var group = GroupOf(current[i], quotas[q].Within);
                                admitted[q][group] = admitted[q].GetValueOrDefault(group) + 1;
                            }
                        }
                    }
                }
            }
        }

        return current;
    }

    // The limit of a quota in each of its groups: the smaller of maxCount and maxShare × the group's size (rounded down).
    private static Dictionary<string, int> Limits(QuotaRule quota, List<ScoreResult> results) =>
        results.GroupBy(r => GroupOf(r, quota.Within), StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => Math.Min(quota.MaxCount ?? int.MaxValue, quota.MaxShare is { } share ? (int)Math.Floor(share * g.Count()) : int.MaxValue),
            StringComparer.Ordinal);

    // The first quota (by id) that a holder tied with others on rank would take over its limit; null when it is admitted.
    // Tied holders are admitted or moved together: admitAll admits the whole tie when the limit falls inside it.
    private static QuotaRule? Blocking(int i, List<int> tie, List<QuotaRule> quotas, List<Dictionary<string, int>> limits,
        List<Dictionary<string, int>> admitted, List<ScoreResult> current)
    {
        for (var q = 0; q < quotas.Count; q++)
        {
            var quota = quotas[q];
            if (current[i].Band!.Id != quota.Band)
            {
                continue;
            }

            var group = GroupOf(current[i], quota.Within);
            var before = admitted[q].GetValueOrDefault(group);
            var tied = tie.Count(t => current[t].Band!.Id == quota.Band && GroupOf(current[t], quota.Within) == group);
            var limit = limits[q][group];
            if (before + tied > limit && !(quota.AtBoundary == QuotaBoundary.AdmitAll && before < limit))
            {
                return quota;
            }
        }

        return null;
    }

    private static string GroupOf(ScoreResult result, RankingGroup within) => within switch
    {
        RankingGroup.Type => result.Type ?? string.Empty,
        RankingGroup.Parent => result.Parent ?? string.Empty,
        _ => string.Empty,
    };

    // Rule files cannot put a quota on the lowest band of a table (PBS180), so a lower band always exists.
    private static ScoreResult MoveDown(ScoreResult result, QuotaRule quota, RuleSet ruleSet)
    {
        var from = result.Band!;
        var lower = ruleSet.BandsFor(result.Type).Where(b => b.Level < from.Level).MaxBy(b => b.Level)
            ?? throw new InvalidOperationException($"The quota \"{quota.Id}\" limits the lowest band \"{from.Id}\".");
        var to = new BandResult(lower.Id, lower.Label, lower.Level);
        return result with { Band = to, Quotas = [.. result.Quotas, new AppliedQuota(quota.Id, quota.Title, from, to, quota.Message)] };
    }
}
