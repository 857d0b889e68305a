using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>One review source's score and its weighted share of the composite (三评).</summary>
/// <param name="Id">Source id.</param>
/// <param name="Title">Source title, e.g. 群众评.</param>
/// <param name="Supplies">Whether the score was given or computed from criteria.</param>
/// <param name="Weight">Weight as a fraction of 1.</param>
/// <param name="Score">The source's score.</param>
/// <param name="Weighted">Weight × score.</param>
public sealed record ReviewScore(string Id, string Title, ReviewSupply Supplies, decimal Weight, decimal Score, decimal Weighted);
