namespace PartyBuilding.Scoring;

/// <summary>How a batch is scored (<see cref="ScoringEngine.ScoreBatch(IEnumerable{Records.RecordReadResult}, BatchOptions)"/>).</summary>
public sealed record BatchOptions
{
    /// <summary>The organizations above the records; when given, a parent that is neither a record nor in the tree is rejected (PBR102).</summary>
    public Hierarchy.OrganizationTree? Organizations { get; init; }

    /// <summary>What the batch keeps of each result's trace; <see cref="BatchTrace.Keep"/> by default.</summary>
    public BatchTrace Trace { get; init; } = BatchTrace.Keep;

    /// <summary>
    /// How many threads score records at once; 1 (the default) scores each record on the calling thread before the next
    /// one is asked for. Above 1, records are still read in order on the calling thread, scored in chunks on the thread
    /// pool while the following records are read, and taken back in input order, so the result (ranks, rejections and
    /// their order, traces, hashes) is the same for every value, provided the records are not changed once yielded.
    /// </summary>
    /// <remarks>
    /// Parallel scoring is opt-in: the batch reads ahead of the records it has scored, by up to
    /// (2 × value + 1) × 512 records, so a record, its <see cref="OrganizationRecord.Values"/> dictionary and its values
    /// must not be reused or changed after the input sequence has yielded them (a streaming mapper that refills one
    /// dictionary per row is correct with 1 only). Each parallel batch also occupies up to this many thread-pool threads
    /// while the calling thread waits for them; in a web server, prefer 1 and let requests run side by side. A rule set
    /// with <c>childInputs</c> is always scored on one thread.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "At least one thread scores the batch; give 1 to score on the calling thread only.");
            }

            field = value;
        }
    } = 1;

    /// <summary>
    /// Stops the batch: checked before each record is read, so a batch stops within one record. A cancelled batch throws
    /// <see cref="BatchCancelledException"/> with the records read, scored and rejected so far, and returns no result.
    /// With <c>peers</c> or <c>childInputs</c> the token is also checked before each record of every later pass over the
    /// records read in, so a batch stops within one record there too.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}
