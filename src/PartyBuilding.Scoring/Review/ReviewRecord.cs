namespace PartyBuilding.Scoring.Review;

/// <summary>
/// One real-name review (实名制评议) of a duty report: who reviewed whom, in which reviewer category, and the grade
/// (评议等次) or score given. Exactly one of <see cref="Grade"/> and <see cref="Score"/> is set in a valid record.
/// </summary>
/// <param name="Subject">Id of the reviewed subject (the secretary's record).</param>
/// <param name="ReviewerId">The reviewer's id; a record without it is anonymous and rejected.</param>
/// <param name="ReviewerName">The reviewer's real name; a record without it is anonymous and rejected.</param>
/// <param name="Category">The reviewer's category id (e.g. leaders, representatives, masses).</param>
public sealed record ReviewRecord(string? Subject, string? ReviewerId, string? ReviewerName, string? Category)
{
    /// <summary>The grade chosen; converted to a score by the rule file's grade table.</summary>
    public string? Grade { get; init; }

    /// <summary>The score given directly, within the rule set's score range.</summary>
    public decimal? Score { get; init; }

    /// <summary>Line of the record in its file, for error reports; null when built in code.</summary>
    public int? SourceLine { get; init; }

    // Set by the reader when the item is not shaped as a review record; the scorer rejects it with this reason.
    internal string? ReadProblem { get; init; }
}
