namespace PartyBuilding.Scoring.Cycle;

/// <summary>One item read from a history file: an organization's history, or the reason it could not be read.</summary>
public sealed record HistoryReadResult
{
    private HistoryReadResult(OrganizationHistory? history, RecordRejection? rejection)
    {
        History = history;
        Rejection = rejection;
    }

    /// <summary>The history, when it could be read.</summary>
    public OrganizationHistory? History { get; }

    /// <summary>Why the item could not be read.</summary>
    public RecordRejection? Rejection { get; }

    /// <summary>An item read as a history.</summary>
    /// <param name="history">The history.</param>
    public static HistoryReadResult Read(OrganizationHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new(history, null);
    }

    /// <summary>An item that could not be read.</summary>
    /// <param name="rejection">Why.</param>
    public static HistoryReadResult Rejected(RecordRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new(null, rejection);
    }
}
