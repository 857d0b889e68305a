namespace PartyBuilding.Scoring.Cycle;

/// <summary>What happened to a star level on a day.</summary>
public enum StarChangeKind
{
    /// <summary>A determination set the level (or found that no band is earned).</summary>
    Determined,

    /// <summary>An event lowered the level.</summary>
    Lowered,

    /// <summary>An event revoked the level.</summary>
    Revoked,

    /// <summary>The level's validity ran out without a new determination.</summary>
    Expired,

    /// <summary>An event occurred while no star level was held; nothing changed, but the event is on record.</summary>
    NoStarHeld,
}
