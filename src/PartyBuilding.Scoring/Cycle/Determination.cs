namespace PartyBuilding.Scoring.Cycle;

/// <summary>
/// A star-level determination (星级认定): the procedure's steps as done, with dates, resting on the annual result of an
/// assessed year. The determination takes effect on the date of its last step.
/// </summary>
/// <param name="AssessedYear">The year whose annual result gives the star level.</param>
/// <param name="Steps">The steps done, in the order they were done.</param>
public sealed record Determination(int AssessedYear, IReadOnlyList<DeterminationStep> Steps)
{
    /// <summary>The day the determination takes effect: the date of its last step.</summary>
    public DateOnly? Date => Steps.Count == 0 ? null : Steps.Max(s => s.Date);
}
