namespace PartyBuilding.Scoring.Rules;

/// <summary>An input that orders results with equal scores (并列时的排序依据).</summary>
/// <param name="Input">The input (number, count or boolean; true ranks above false when descending).</param>
/// <param name="Descending">True when the higher value ranks first.</param>
public sealed record TieBreaker(string Input, bool Descending);
