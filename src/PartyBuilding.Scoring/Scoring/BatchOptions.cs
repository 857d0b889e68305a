namespace PartyBuilding.Scoring;

/// <summary>How a batch is scored (<see cref="ScoringEngine.ScoreBatch(IEnumerable{Records.RecordReadResult}, BatchOptions)"/>).</summary>
public sealed record BatchOptions
{
    /// <summary>The organizations above the records; when given, a parent that is neither a record nor in the tree is rejected (PBR102).</summary>
    public Hierarchy.OrganizationTree? Organizations { get; init; }

    /// <summary>What the batch keeps of each result's trace; <see cref="BatchTrace.Keep"/> by default.</summary>
    public BatchTrace Trace { get; init; } = BatchTrace.Keep;

    /// <summary>
    /// How many threads score records at once: records are still read in order on the calling thread, scored in chunks
    /// on the thread pool, and taken back in input order, so the result (ranks, rejections and their order, traces,
    /// hashes) is the same for every value. Null (the default) uses every core (<see cref="Environment.ProcessorCount"/>);
    /// 1 scores on the calling thread only. A rule set with <c>childInputs</c> is always scored on one thread.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "At least one thread scores the batch; give null to use every core.");
            }

            field = value;
        }
    }

    /// <summary>
    /// Stops the batch: checked before each record is read, so a batch stops within one record. A cancelled batch throws
    /// <see cref="BatchCancelledException"/> with the records read, scored and rejected so far, and returns no result.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}
