namespace PartyBuilding.Scoring.Cycle;

/// <summary>What an event does to the star level held (动态管理).</summary>
public enum StarEventAction
{
    /// <summary>Lowers the star level by a number of levels, never below the lowest band.</summary>
    Lower,

    /// <summary>Revokes the star level: none is held until the next determination.</summary>
    Revoke,
}
