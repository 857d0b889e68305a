namespace PartyBuilding.Scoring.Rules;

/// <summary>Where a problem stands at an as-of date.</summary>
public enum ProblemStatus
{
    /// <summary>Not rectified yet, and its deadline has not passed.</summary>
    Open,

    /// <summary>Not rectified, and its deadline has passed (逾期未整改).</summary>
    Overdue,

    /// <summary>Rectified on or before its deadline.</summary>
    Rectified,

    /// <summary>Rectified, but after its deadline.</summary>
    RectifiedLate,
}
