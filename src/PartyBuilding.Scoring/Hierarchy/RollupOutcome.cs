using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Hierarchy;

/// <summary>A roll-up constraint evaluated for one parent organization.</summary>
/// <param name="Rollup">The roll-up rule.</param>
/// <param name="OrganizationId">The parent organization.</param>
/// <param name="Name">Its name, from the organization tree or its record; null when unknown.</param>
/// <param name="Type">Its type, from the tree or its record; null when unknown.</param>
/// <param name="Aggregate">The aggregate of the scored organizations under it.</param>
/// <param name="Passed">True when the share in the counted bands reaches the rule's minimum; false when not evaluated.</param>
public sealed record RollupOutcome(RollupRule Rollup, string OrganizationId, string? Name, string? Type, GroupAggregate Aggregate, bool Passed)
{
    /// <summary>Why the constraint could not be evaluated for this parent (none of its organizations was scored, or its type
    /// is unknown without the organization tree); null when it was evaluated.</summary>
    public string? NotEvaluated { get; init; }
}
