namespace PartyBuilding.Scoring;

/// <summary>What a scored batch keeps of each result's line-by-line explanation (trace, 评分明细).</summary>
public enum BatchTrace
{
    /// <summary>Every result keeps its trace in memory (the default): simplest, but memory grows with the trace of every organization.</summary>
    Keep,

    /// <summary>
    /// No trace is built: each result's <see cref="ScoreResult.Trace"/> is empty. Enough for ranks, bands, lagging,
    /// roll-ups, quotas, bulletins without a result hash and comparisons; the result JSON and its hash cannot be written.
    /// </summary>
    Omit,

    /// <summary>
    /// Traces are built and written to a temporary file as each record is scored; results in memory hold no trace.
    /// <see cref="Reporting.ResultJson"/> and <see cref="Reporting.PublishedHash"/> read each trace back when they write
    /// the result, so the output is the same bytes as with <see cref="Keep"/>. Dispose the batch to delete the file.
    /// </summary>
    Spool,
}
