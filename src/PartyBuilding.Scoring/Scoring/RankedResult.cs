namespace PartyBuilding.Scoring;

/// <summary>A result with its rank in the batch (shared rank for equal scores: 1, 2, 2, 4, unless the rule file's tie-breakers order them).</summary>
/// <param name="Rank">1-based rank.</param>
/// <param name="Result">The result.</param>
public sealed record RankedResult(int Rank, ScoreResult Result)
{
    /// <summary>The group ranked within (the type or the parent, as the rule file's <c>ranking.groupBy</c> says); null without groups.</summary>
    public string? Group { get; init; }

    /// <summary>1-based rank within <see cref="Group"/>; null without groups.</summary>
    public int? GroupRank { get; init; }
}
