namespace PartyBuilding.Scoring.Records;

/// <summary>One item read from an input file: a record, or the reason it could not be read.</summary>
public sealed record RecordReadResult
{
    private RecordReadResult(OrganizationRecord? record, RecordRejection? rejection)
    {
        Record = record;
        Rejection = rejection;
    }

    /// <summary>The record, when it could be read.</summary>
    public OrganizationRecord? Record { get; }

    /// <summary>Why the item could not be read as a record.</summary>
    public RecordRejection? Rejection { get; }

    /// <summary>An item read as a record.</summary>
    /// <param name="record">The record.</param>
    public static RecordReadResult Read(OrganizationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record, null);
    }

    /// <summary>An item that could not be read.</summary>
    /// <param name="rejection">Why.</param>
    public static RecordReadResult Rejected(RecordRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new(null, rejection);
    }
}
