namespace PartyBuilding.Scoring;

/// <summary>
/// How one record is scored (<see cref="ScoringEngine.Score(OrganizationRecord, ScoreOptions)"/>,
/// <see cref="ScoringEngine.TryScore(OrganizationRecord, ScoreOptions, out ScoreResult?, out RecordRejection?)"/>).
/// The default value scores as <see cref="ScoringEngine.Score(OrganizationRecord)"/> does.
/// </summary>
/// <example>
/// An app that shows only scores and stars, and explains a score on demand:
/// <code>
/// var result = engine.Score(record, ScoreOptions.WithoutTrace);   // score, band, areas, vetoes; Trace is empty
/// var explained = engine.Score(record);                           // the same outcome with its trace lines
/// </code>
/// </example>
public readonly record struct ScoreOptions
{
    /// <summary>No trace: the fastest way to score when only the outcome is needed.</summary>
    public static ScoreOptions WithoutTrace { get; } = new() { OmitTrace = true };

    /// <summary>
    /// False (the default): the result carries one trace line per criterion (评分明细), with its message and the inputs it
    /// read. True: no trace line is built and <see cref="ScoreResult.Trace"/> is empty; the score, total, bands, area
    /// subtotals, review scores, vetoes and any rejection are exactly the same.
    /// </summary>
    public bool OmitTrace { get; init; }
}
