namespace PartyBuilding.Scoring.Rules;

/// <summary>What a veto (一票否决) or conditional cap does when its condition holds.</summary>
public enum VetoAction
{
    /// <summary>Removes eligibility: no band at all.</summary>
    Revoke,
    /// <summary>Lowers the band by a number of levels (never below the lowest band).</summary>
    LowerBand,
    /// <summary>Limits the band to a highest level.</summary>
    CapBand,
    /// <summary>Limits the score before banding.</summary>
    CapScore,
}
