using System.Globalization;

namespace PartyBuilding.Scoring.Rules;

/// <summary>A band of the score (a star level or a grade) with explicit inclusive or exclusive bounds.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Label">Display label, e.g. 五星.</param>
/// <param name="Level">Rank of the band; higher is better (5 = five stars).</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="LowerInclusive">Whether a score equal to <paramref name="Lower"/> is in the band.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="UpperInclusive">Whether a score equal to <paramref name="Upper"/> is in the band.</param>
public sealed record BandDefinition(
    string Id, string Label, int Level, decimal Lower, bool LowerInclusive, decimal Upper, bool UpperInclusive)
{
    /// <summary>Whether <paramref name="score"/> falls in the band.</summary>
    /// <param name="score">A final score.</param>
    public bool Contains(decimal score) =>
        (LowerInclusive ? score >= Lower : score > Lower) && (UpperInclusive ? score <= Upper : score < Upper);

    /// <summary>The range in interval notation, e.g. <c>[90, 95)</c>.</summary>
    public string Range => string.Create(
        CultureInfo.InvariantCulture,
        $"{(LowerInclusive ? '[' : '(')}{Lower}, {Upper}{(UpperInclusive ? ']' : ')')}");
}
