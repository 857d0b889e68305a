namespace PartyBuilding.Scoring.Rules;

/// <summary>What happens to a record whose organization has no outcome in the assessment a component comes from.</summary>
public enum MissingComponentAction
{
    /// <summary>The record is rejected (PBR100) and listed with the reason (rule-file word <c>reject</c>).</summary>
    Reject,

    /// <summary>The receiving input's <c>default</c> is used (<c>default</c>); the input must declare one.</summary>
    Default,
}
