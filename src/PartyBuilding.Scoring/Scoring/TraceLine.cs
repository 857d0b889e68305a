using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>One line of the explanation: what one criterion gave or took, and why.</summary>
/// <param name="Source">The review source scored; null for the record's own values.</param>
/// <param name="AreaId">The criterion's area.</param>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Title">The criterion's title.</param>
/// <param name="Kind">Regular, bonus or penalty.</param>
/// <param name="Method">The scoring method.</param>
/// <param name="Points">Points given (negative for a penalty).</param>
/// <param name="Max">The criterion's maximum for the record's type.</param>
/// <param name="Inputs">The inputs used, with their values.</param>
/// <param name="Message">The rule file's message with its placeholders filled in.</param>
/// <param name="Note">What the engine did beyond the method itself (e.g. clamped to the maximum), or null.</param>
public sealed record TraceLine(
    string? Source,
    string AreaId,
    string CriterionId,
    string Title,
    CriterionKind Kind,
    ScoringMethod Method,
    decimal Points,
    decimal Max,
    IReadOnlyList<TraceInput> Inputs,
    string Message,
    string? Note);
