using PartyBuilding.Scoring.Hierarchy;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>What a bulletin shows besides the batch itself. Every option is optional.</summary>
public sealed record BulletinOptions
{
    /// <summary>The heading; the rule set's title when null.</summary>
    public string? Title { get; init; }

    /// <summary>A previous result: the bulletin then lists promoted and demoted organizations, band counts before and after,
    /// and whether each organization lagging then is qualified now. Null: no comparison.</summary>
    public OutcomeSet? Previous { get; init; }

    /// <summary>The organization tree, for the names of groups and parents. Null: ids only.</summary>
    public OrganizationTree? Organizations { get; init; }

    /// <summary>The SHA-256 (lower-case hex) of the input file, published so the result can be verified; null: not shown.</summary>
    public string? InputSha256 { get; init; }
}
