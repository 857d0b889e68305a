namespace PartyBuilding.Scoring.Periods;

/// <summary>What one period of a component supplies: a score, or input values to score with the rule set's criteria.</summary>
public sealed record PeriodEntry
{
    private PeriodEntry(decimal? score, IReadOnlyDictionary<string, InputValue>? values)
    {
        Score = score;
        Values = values;
    }

    /// <summary>The period's score, for a component whose source is <see cref="PeriodSource.Score"/>.</summary>
    public decimal? Score { get; }

    /// <summary>The period's input values, for a component whose source is <see cref="PeriodSource.Criteria"/>.</summary>
    public IReadOnlyDictionary<string, InputValue>? Values { get; }

    /// <summary>A period given as a score.</summary>
    /// <param name="score">The score.</param>
    public static PeriodEntry FromScore(decimal score) => new(score, null);

    /// <summary>A period given as input values.</summary>
    /// <param name="values">Values by input id.</param>
    public static PeriodEntry FromValues(IReadOnlyDictionary<string, InputValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(null, values);
    }
}
