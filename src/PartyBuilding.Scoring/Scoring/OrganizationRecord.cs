namespace PartyBuilding.Scoring;

/// <summary>
/// One scored subject: usually an organization (党组织), possibly a party member. The engine assumes nothing
/// about it beyond its id, type and parent; everything else is in <see cref="Values"/> and <see cref="Reviews"/>.
/// </summary>
public sealed record OrganizationRecord
{
    private static readonly IReadOnlyDictionary<string, InputValue> NoValues = new Dictionary<string, InputValue>();
    private static readonly IReadOnlyDictionary<string, ReviewInput> NoReviews = new Dictionary<string, ReviewInput>();

    /// <summary>Creates a record with an id.</summary>
    /// <param name="id">The record's id, unique within a batch.</param>
    public OrganizationRecord(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Id = id;
    }

    /// <summary>The record's id, unique within a batch.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Organization type; must be one of the rule set's categories when it declares any.</summary>
    public string? Type { get; init; }

    /// <summary>Id of the parent organization, if any.</summary>
    public string? Parent { get; init; }

    /// <summary>Values by input id.</summary>
    public IReadOnlyDictionary<string, InputValue> Values { get; init; } = NoValues;

    /// <summary>Review inputs by review-source id (三评).</summary>
    public IReadOnlyDictionary<string, ReviewInput> Reviews { get; init; } = NoReviews;

    /// <summary>Line (JSON) or row (CSV) the record was read from, for error reports; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
