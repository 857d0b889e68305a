namespace PartyBuilding.Scoring;

/// <summary>The band a record landed in (a star level or a grade).</summary>
/// <param name="Id">Band id.</param>
/// <param name="Label">Display label, e.g. 五星.</param>
/// <param name="Level">Level; 5 = five stars.</param>
public sealed record BandResult(string Id, string Label, int Level);
