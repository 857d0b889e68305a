using System.Globalization;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Names the lagging organizations of a ranked batch. Bottom counts and shares work on ranks, so organizations tied
// at the boundary are all named (none is left out by the order of the input).
internal static class LaggingSelector
{
    public static IReadOnlyList<LaggingOrganization> Select(IReadOnlyList<RankedResult> ranked, LaggingRule? rule, int decimals)
    {
        if (rule is null || ranked.Count == 0)
        {
            return [];
        }

        var bottomCount = Math.Min(ranked.Count, Math.Max(rule.BottomCount ?? 0, rule.BottomShare is { } share ? (int)Math.Ceiling(share * ranked.Count) : 0));
        var bottomRank = bottomCount > 0 ? ranked[ranked.Count - bottomCount].Rank : int.MaxValue;
        var lagging = new List<LaggingOrganization>();
        foreach (var item in ranked)
        {
            var result = item.Result;
            var reasons = new List<string>();
            if (rule.ScoreBelow is { } below && result.Score < below)
            {
                reasons.Add($"score {DecimalText.Format(result.Score, decimals)} below {DecimalText.Format(below)}");
            }

            if (result.Band is { } band && rule.Bands.Contains(band.Id, StringComparer.Ordinal))
            {
                reasons.Add($"band {band.Label}");
            }

            if (rule.Revoked && result.Band is null)
            {
                reasons.Add("band revoked");
            }

            if (item.Rank >= bottomRank)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"rank {item.Rank} among the last {bottomCount} of {ranked.Count}"));
            }

            if (reasons.Count > 0)
            {
                lagging.Add(new LaggingOrganization(result.Id, result.Name, item.Rank, result.Score, result.Band, reasons, rule.Rectification));
            }
        }

        return lagging;
    }
}
