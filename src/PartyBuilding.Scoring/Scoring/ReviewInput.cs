namespace PartyBuilding.Scoring;

/// <summary>
/// What one review source (三评) supplied for a record: either its score, or its own input values
/// to be scored with the rule file's criteria.
/// </summary>
public sealed class ReviewInput
{
    private ReviewInput(decimal? score, IReadOnlyDictionary<string, InputValue>? values)
    {
        Score = score;
        Values = values;
    }

    /// <summary>The source's score, when it supplies one.</summary>
    public decimal? Score { get; }

    /// <summary>The source's input values, when it supplies criteria values.</summary>
    public IReadOnlyDictionary<string, InputValue>? Values { get; }

    /// <summary>A review that gives a score.</summary>
    /// <param name="score">The score, within the rule set's score range.</param>
    public static ReviewInput FromScore(decimal score) => new(score, null);

    /// <summary>A review that gives input values.</summary>
    /// <param name="values">Values by input id.</param>
    public static ReviewInput FromValues(IReadOnlyDictionary<string, InputValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(null, values);
    }
}
