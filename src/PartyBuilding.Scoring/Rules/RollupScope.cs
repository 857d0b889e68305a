namespace PartyBuilding.Scoring.Rules;

/// <summary>Which organizations a roll-up counts under a parent.</summary>
public enum RollupScope
{
    /// <summary>The scored organizations directly under it (rule-file word <c>children</c>).</summary>
    Children,

    /// <summary>Every scored organization below it, through general branches (<c>descendants</c>); needs the organization tree to go beyond one level.</summary>
    Descendants,
}
