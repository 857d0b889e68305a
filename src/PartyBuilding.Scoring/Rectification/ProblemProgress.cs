namespace PartyBuilding.Scoring.Rectification;

/// <summary>The progress an organization reports for a problem.</summary>
public enum ProblemProgress
{
    /// <summary>Nothing done yet.</summary>
    Open,

    /// <summary>Rectification under way (整改中).</summary>
    InProgress,

    /// <summary>Rectified (已整改).</summary>
    Rectified,
}
