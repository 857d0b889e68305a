namespace PartyBuilding.Scoring.Rectification;

/// <summary>Problem counts of one organization or one source at the as-of date.</summary>
/// <param name="Key">The organization id, or the source word (review, inspection, assessment).</param>
/// <param name="Name">The organization's name, when known.</param>
/// <param name="Found">Problems found up to the as-of date.</param>
/// <param name="Occasions">Distinct occasions that found them (inspections, reviews …), by the problems' references; problems
/// without a reference are not counted as occasions (see <see cref="Unreferenced"/>).</param>
/// <param name="Open">Not rectified, deadline not passed.</param>
/// <param name="Overdue">Not rectified, deadline passed.</param>
/// <param name="Rectified">Rectified by the deadline.</param>
/// <param name="RectifiedLate">Rectified after the deadline.</param>
public sealed record RectificationTally(string Key, string? Name, int Found, int Occasions, int Open, int Overdue, int Rectified, int RectifiedLate)
{
    /// <summary>Problems without a <c>reference</c>: found, but the occasion that found them is not known.</summary>
    public int Unreferenced { get; init; }
}
