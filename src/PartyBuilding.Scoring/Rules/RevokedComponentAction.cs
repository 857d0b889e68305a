namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// What a carried component takes when the organization's result in the other assessment had its band revoked by a veto
/// (一票否决): the rule file's <c>whenRevoked</c>.
/// </summary>
public enum RevokedComponentAction
{
    /// <summary>The score as it stands, as if nothing was vetoed (rule-file word <c>score</c>); only when the component takes the score.</summary>
    Score,

    /// <summary>Zero (<c>zero</c>): the vetoed assessment counts nothing; for a score or a band level.</summary>
    Zero,

    /// <summary>The record is rejected (PBR130) with the reason (<c>reject</c>).</summary>
    Reject,

    /// <summary>The receiving input's <c>default</c> (<c>default</c>); the input must declare one.</summary>
    Default,
}
