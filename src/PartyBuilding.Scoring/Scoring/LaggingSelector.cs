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
        // The compact batch gives rank, score and band without rebuilding each result: only lagging ones are rebuilt.
        var slots = ranked as RankedSlots;
        for (var i = 0; i < ranked.Count; i++)
        {
            var item = slots is null ? ranked[i] : null;
            var (rank, score, band) = item is null ? slots!.Standing(i) : (item.Rank, item.Result.Score, item.Result.Band);
            List<string>? reasons = null;
            if (rule.ScoreBelow is { } below && score < below)
            {
                (reasons ??= []).Add($"score {DecimalText.Format(score, decimals)} below {DecimalText.Format(below)}");
            }

            if (band is not null && rule.Bands.Contains(band.Id, StringComparer.Ordinal))
            {
                (reasons ??= []).Add($"band {band.Label}");
            }

            if (rule.Revoked && band is null)
            {
                (reasons ??= []).Add("band revoked");
            }

            if (rank >= bottomRank)
            {
                (reasons ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"rank {rank} among the last {bottomCount} of {ranked.Count}"));
            }

            if (reasons is not null)
            {
                var result = (item ?? ranked[i]).Result;
                lagging.Add(new LaggingOrganization(result.Id, result.Name, rank, result.Score, result.Band, reasons, rule.Rectification));
            }
        }

        return lagging;
    }
}
