namespace PartyBuilding.Scoring.Rules;

/// <summary>How a criterion's points count towards its area.</summary>
public enum CriterionKind
{
    /// <summary>Counts towards the area's maximum.</summary>
    Regular,
    /// <summary>加分项: added on top of the area's maximum, limited only by the area cap and the score range.</summary>
    Bonus,
    /// <summary>扣分项: takes points off the area; its maximum is the most it can take.</summary>
    Penalty,
}
