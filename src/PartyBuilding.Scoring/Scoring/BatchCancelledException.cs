using System.Globalization;

namespace PartyBuilding.Scoring;

/// <summary>
/// Thrown by <see cref="ScoringEngine.ScoreBatch(IEnumerable{Records.RecordReadResult}, BatchOptions)"/> when
/// <see cref="BatchOptions.CancellationToken"/> is cancelled: says how far the batch got. No <see cref="BatchResult"/> is
/// returned, since ranks, duplicate ids and parents need the whole batch; score it again to get one.
/// </summary>
/// <remarks>
/// <see cref="Read"/> = <see cref="Scored"/> + <see cref="Rejected"/>, counted over the records handled before the batch
/// stopped. They are provisional: a later record with the same id, or a parent check over the whole batch, could still
/// have rejected a record counted as scored. A rule set with <c>peers</c> or <c>childInputs</c> reads a single-use input
/// in whole before it scores it: cancelled after that, <see cref="Read"/> is every record read in, and
/// <see cref="Scored"/> + <see cref="Rejected"/> (fewer, 0 while the group's values are collected) those handled so far.
/// </remarks>
public sealed class BatchCancelledException : OperationCanceledException
{
    // Only the batch throws it: embedders catch it and read the counts, so its shape is not frozen by a public constructor.
    internal BatchCancelledException(int read, int scored, int rejected, CancellationToken cancellationToken)
        : base(Describe(read, scored, rejected), cancellationToken)
    {
        Read = read;
        Scored = scored;
        Rejected = rejected;
    }

    /// <summary>Records read before the batch stopped: those handled (scored or rejected), or with <c>peers</c> or <c>childInputs</c> every record read in.</summary>
    public int Read { get; }

    /// <summary>Records scored before the batch stopped.</summary>
    public int Scored { get; }

    /// <summary>Records rejected before the batch stopped.</summary>
    public int Rejected { get; }

    private static string Describe(int read, int scored, int rejected) => string.Create(CultureInfo.InvariantCulture,
        $"The batch was cancelled after {read} records were read: {scored} scored and {rejected} rejected so far. Nothing was ranked or written: score the batch again for a result.");
}
