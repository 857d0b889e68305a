namespace PartyBuilding.Scoring.Rules;

/// <summary>The groups results are ranked within, besides the overall rank.</summary>
public enum RankingGroup
{
    /// <summary>Only the overall rank.</summary>
    None,

    /// <summary>Within each organization type (rule-file word <c>type</c>).</summary>
    Type,

    /// <summary>Within each parent organization (<c>parent</c>).</summary>
    Parent,
}
