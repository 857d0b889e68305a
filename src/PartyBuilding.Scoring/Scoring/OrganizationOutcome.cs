namespace PartyBuilding.Scoring;

/// <summary>
/// The published outcome for one organization: what a bulletin, a comparison or another appraisal needs from a result,
/// without its explanation. Small on purpose, so large batches can be compared and carried without their traces.
/// </summary>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Type">Organization type.</param>
/// <param name="Parent">Parent organization id.</param>
/// <param name="Score">The final score.</param>
/// <param name="Band">The final band; null when revoked.</param>
public sealed record OrganizationOutcome(string Id, string? Name, string? Type, string? Parent, decimal Score, BandResult? Band)
{
    /// <summary>True when the result named the organization lagging (后进).</summary>
    public bool Lagging { get; init; }

    /// <summary>The outcome of a scored result.</summary>
    /// <param name="result">The result.</param>
    public static OrganizationOutcome From(ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Id, result.Name, result.Type, result.Parent, result.Score, result.Band);
    }
}
