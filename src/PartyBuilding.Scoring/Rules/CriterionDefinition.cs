namespace PartyBuilding.Scoring.Rules;

/// <summary>A criterion (考评细则 sub-item) of an area.</summary>
/// <param name="Id">Identifier, unique in the rule file.</param>
/// <param name="Title">Display title.</param>
/// <param name="AreaId">The area holding the criterion.</param>
/// <param name="Max">Maximum points (for a penalty: the most it can take).</param>
/// <param name="MaxByType">Different maxima for some organization types.</param>
/// <param name="AppliesTo">Organization types the criterion applies to; empty means all.</param>
/// <param name="Kind">Regular, bonus or penalty.</param>
/// <param name="Method">The scoring method.</param>
/// <param name="Input">The input read by every method but <see cref="ScoringMethod.Formula"/>.</param>
/// <param name="PointsIfNotMet">Points of a <see cref="ScoringMethod.Check"/> criterion that is not met.</param>
/// <param name="PerOccurrence">Points deducted per occurrence by a <see cref="ScoringMethod.Deduction"/>.</param>
/// <param name="DeductionCap">The most a deduction can take; the maximum when not set.</param>
/// <param name="GradePoints">Points per grade of a <see cref="ScoringMethod.Grade"/> criterion.</param>
/// <param name="Expression">The formula of a <see cref="ScoringMethod.Formula"/> criterion.</param>
/// <param name="Message">The human text shown in the explanation, with placeholders.</param>
public sealed record CriterionDefinition(
    string Id,
    string Title,
    string AreaId,
    decimal Max,
    IReadOnlyDictionary<string, decimal> MaxByType,
    IReadOnlyList<string> AppliesTo,
    CriterionKind Kind,
    ScoringMethod Method,
    string? Input,
    decimal PointsIfNotMet,
    decimal PerOccurrence,
    decimal? DeductionCap,
    IReadOnlyDictionary<string, decimal> GradePoints,
    string? Expression,
    string Message)
{
    /// <summary>
    /// The date the criterion takes effect when it was added to a rule set already in force (e.g. a 27th inspection item);
    /// null when it is in effect with the rule set. Scoring for a date before it leaves the criterion out.
    /// </summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Days an organization has to rectify a problem found under this criterion (限期整改), for inspections; null when findings make no problem.</summary>
    public int? DeadlineDays { get; init; }
}
