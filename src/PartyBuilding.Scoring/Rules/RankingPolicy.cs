namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// How results are ranked (排名): the overall rank and, optionally, the rank within a group; equal scores share a rank
/// (1, 2, 2, 4) unless tie-breakers order them. From the rule file's <c>ranking</c> section.
/// </summary>
/// <param name="GroupBy">The groups ranked within.</param>
/// <param name="TieBreakers">Inputs that order equal scores, first decisive first; empty: equal scores share a rank.</param>
public sealed record RankingPolicy(RankingGroup GroupBy, IReadOnlyList<TieBreaker> TieBreakers)
{
    /// <summary>Overall rank only, shared ranks for equal scores.</summary>
    public static RankingPolicy Default { get; } = new(RankingGroup.None, []);
}
