namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// 整改: how a rule set counts problems from problem feedback lists. At an as-of date (a quarter end or the year end)
/// each problem has a <see cref="ProblemStatus"/>; the number of problems of an organization in a status is given to
/// the rule set as a count input, so what an overdue problem costs (a penalty deduction per item with a cap) and whether
/// it blocks a band (a <c>capBand</c> veto) are ordinary criteria and vetoes of the file.
/// </summary>
/// <param name="CountInputs">The count input that receives the number of problems in each status.</param>
/// <param name="Sources">The problem sources counted; all of them when the file does not say.</param>
public sealed record RectificationDefinition(
    IReadOnlyDictionary<ProblemStatus, string> CountInputs,
    IReadOnlyList<ProblemSource> Sources);
