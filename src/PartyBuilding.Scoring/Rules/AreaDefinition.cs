namespace PartyBuilding.Scoring.Rules;

/// <summary>An area of the assessment (e.g. 班子建设, one of the five areas of star-level management).</summary>
/// <param name="Id">Identifier, unique in the rule file.</param>
/// <param name="Title">Display title.</param>
/// <param name="Max">The most the regular criteria can give together.</param>
/// <param name="Cap">The most the area can give including bonus items; unlimited when null.</param>
/// <param name="MaxByType">Different maxima for some organization types.</param>
/// <param name="AppliesTo">Organization types the area applies to; empty means all.</param>
/// <param name="Criteria">The criteria, in file order.</param>
public sealed record AreaDefinition(
    string Id,
    string Title,
    decimal Max,
    decimal? Cap,
    IReadOnlyDictionary<string, decimal> MaxByType,
    IReadOnlyList<string> AppliesTo,
    IReadOnlyList<CriterionDefinition> Criteria);
