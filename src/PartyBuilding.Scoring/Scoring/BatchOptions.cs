namespace PartyBuilding.Scoring;

/// <summary>How a batch is scored (<see cref="ScoringEngine.ScoreBatch(IEnumerable{Records.RecordReadResult}, BatchOptions)"/>).</summary>
public sealed record BatchOptions
{
    /// <summary>The organizations above the records; when given, a parent that is neither a record nor in the tree is rejected (PBR102).</summary>
    public Hierarchy.OrganizationTree? Organizations { get; init; }

    /// <summary>What the batch keeps of each result's trace; <see cref="BatchTrace.Keep"/> by default.</summary>
    public BatchTrace Trace { get; init; } = BatchTrace.Keep;

    /// <summary>
    /// Stops the batch: checked before each record is read, so a batch stops within one record. A cancelled batch throws
    /// <see cref="BatchCancelledException"/> with the records read, scored and rejected so far, and returns no result.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}
