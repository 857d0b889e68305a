using System.Globalization;
using PartyBuilding.Scoring.Comparison;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>Builds the report of a <see cref="ResultComparison"/>: changed organizations and band counts before and after.</summary>
public static class ComparisonReport
{
    /// <summary>Builds the comparison report.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="decimals">Decimals shown for scores (the rule file's final rounding).</param>
    /// <returns>A document with the tables <c>changes</c> (every organization) and <c>bands</c>.</returns>
    public static ReportDocument Build(ResultComparison comparison, int decimals)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ReportField[] fields =
        [
            new("before", "Before", Describe(comparison.Before)),
            new("after", "After", Describe(comparison.After)),
            .. Enum.GetValues<BandChange>().Select(change => new ReportField(
                JsonValues.Word(change), JsonValues.Word(change), comparison.Organizations.Count(o => o.Change == change).ToString(CultureInfo.InvariantCulture))),
        ];
        return new ReportDocument("comparison", "Result comparison", fields, [Changes(comparison.Organizations, decimals), Bands(comparison.Bands)],
            new ReportChart("Bands after", [.. comparison.Bands.Select(b => new ReportField(b.BandId ?? "revoked", b.Label, b.After.ToString(CultureInfo.InvariantCulture)))]));
    }

    internal static string Describe(Rules.RuleSetIdentity identity) => $"{identity.Id} {identity.Version} (sha256 {identity.Sha256})";

    internal static ReportTable Changes(IReadOnlyList<OrganizationChange> changes, int decimals, string id = "changes", string title = "Changes per organization") =>
        new(id, title,
        [
            new("id", "Id"), new("name", "Name"),
            new("scoreBefore", "Score before", true), new("scoreAfter", "Score after", true), new("scoreDelta", "Change", true),
            new("bandBefore", "Band before"), new("bandAfter", "Band after"), new("change", "Band change"),
        ],
        [
            .. changes.Select(c => (IReadOnlyList<string>)
            [
                c.Id, c.Name ?? string.Empty,
                Score(c.Before?.Score, decimals), Score(c.After?.Score, decimals), Score(c.ScoreDelta, decimals),
                BandLabel(c.Before), BandLabel(c.After), JsonValues.Word(c.Change),
            ]),
        ]);

    internal static ReportTable Bands(IReadOnlyList<BandCount> bands) =>
        new("bands", "Count per band",
            [new("band", "Band"), new("level", "Level", true), new("before", "Before", true), new("after", "After", true)],
            [
                .. bands.Select(b => (IReadOnlyList<string>)
                [
                    b.Label, b.Level?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    b.Before.ToString(CultureInfo.InvariantCulture), b.After.ToString(CultureInfo.InvariantCulture),
                ]),
            ]);

    internal static string Score(decimal? score, int decimals) => score is { } s ? DecimalText.Format(s, decimals) : string.Empty;

    private static string BandLabel(OrganizationOutcome? outcome) => outcome is null ? string.Empty : outcome.Band?.Label ?? "(revoked)";
}
