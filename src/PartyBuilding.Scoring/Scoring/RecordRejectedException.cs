namespace PartyBuilding.Scoring;

/// <summary>Thrown by <see cref="ScoringEngine.Score(OrganizationRecord)"/> and <see cref="ScoringEngine.Score(OrganizationRecord, ScoreOptions)"/> when a record cannot be scored.</summary>
public sealed class RecordRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rejection">Why the record was rejected.</param>
    public RecordRejectedException(RecordRejection rejection)
        : base(rejection?.ToString())
    {
        ArgumentNullException.ThrowIfNull(rejection);
        Rejection = rejection;
    }

    /// <summary>Why the record was rejected.</summary>
    public RecordRejection Rejection { get; }
}
