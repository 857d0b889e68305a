namespace PartyBuilding.Scoring.Comparison;

/// <summary>How many organizations are in one band, before and after.</summary>
/// <param name="Label">The band's label (e.g. 五星); bands of different tables with the same id, label and level count together.</param>
/// <param name="BandId">The band's id; null for organizations whose band was revoked.</param>
/// <param name="Level">The band's level; null for revoked.</param>
/// <param name="Before">Count in the previous result.</param>
/// <param name="After">Count in the current result.</param>
public sealed record BandCount(string Label, string? BandId, int? Level, int Before, int After);
