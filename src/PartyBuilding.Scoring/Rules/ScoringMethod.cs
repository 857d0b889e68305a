namespace PartyBuilding.Scoring.Rules;

/// <summary>How a criterion turns its input into points.</summary>
public enum ScoringMethod
{
    /// <summary>The points are entered directly.</summary>
    Points,
    /// <summary>Met / not met: the maximum when met.</summary>
    Check,
    /// <summary>A deduction per occurrence, capped (扣完为止: deduct until nothing is left).</summary>
    Deduction,
    /// <summary>A grade looked up in a points table (好/较好/一般/差 → 20/15/10/0).</summary>
    Grade,
    /// <summary>A formula over declared inputs.</summary>
    Formula,
}
