using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>
/// The outcome of scoring a batch: every record read is either scored or rejected
/// (<see cref="Read"/> = <c>Results.Count</c> + <c>Rejected.Count</c>).
/// </summary>
/// <param name="RuleSet">The rule set used.</param>
/// <param name="Read">Records read.</param>
/// <param name="Results">Scored records, ranked: score descending, then band level, then id (ordinal).</param>
/// <param name="Rejected">Rejected records, ordered by line, then id.</param>
/// <remarks>
/// A batch scored with <see cref="BatchTrace.Spool"/> owns a temporary file with the traces: dispose it when done
/// (disposing any other batch does nothing). A batch that is not disposed leaves no file behind when the process ends, even
/// when it is killed (on Unix the file has no name once opened; on Windows it is opened with <see cref="FileOptions.DeleteOnClose"/>),
/// but holds its disk space until then. Copies made with <c>with</c> share that file: dispose only when no copy is used.
/// The spool is read one result at a time under a lock, so such a batch's JSON is not written from two threads at once.
/// </remarks>
public sealed record BatchResult(
    RuleSetIdentity RuleSet, int Read, IReadOnlyList<RankedResult> Results, IReadOnlyList<RecordRejection> Rejected) : IDisposable
{
    /// <summary>Organizations named lagging (后进) by the rule file's <c>lagging</c> section, in rank order; empty without it.</summary>
    public IReadOnlyList<LaggingOrganization> Lagging { get; init; } = [];

    /// <summary>Roll-up constraints evaluated per parent (the <c>rollups</c> section), by roll-up then organization id; empty without it.</summary>
    public IReadOnlyList<Hierarchy.RollupOutcome> Rollups { get; init; } = [];

    /// <summary>
    /// What the batch kept of the results' traces (<see cref="BatchOptions.Trace"/>). With <see cref="BatchTrace.Omit"/> and
    /// <see cref="BatchTrace.Spool"/> every <see cref="ScoreResult.Trace"/> in <see cref="Results"/> is empty.
    /// </summary>
    public BatchTrace Trace { get; init; } = BatchTrace.Keep;

    internal TraceSpool? Spool { get; init; }

    /// <summary>Closes and deletes the temporary trace file of a batch scored with <see cref="BatchTrace.Spool"/>, freeing its disk space.</summary>
    public void Dispose() => Spool?.Dispose();

    // The trace of a result of this batch: from the result itself, or read back from the spool.
    internal IReadOnlyList<TraceLine> TraceOf(ScoreResult result) => Trace switch
    {
        BatchTrace.Keep => result.Trace,
        BatchTrace.Spool => Spool!.Read(result.Id),
        _ => throw new InvalidOperationException(
            "This batch was scored without traces (BatchTrace.Omit); its result JSON and result hash include them: score it with BatchTrace.Keep or BatchTrace.Spool."),
    };
}
