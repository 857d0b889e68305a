namespace PartyBuilding.Scoring;

/// <summary>A result with its rank in the batch (shared rank for equal scores: 1, 2, 2, 4).</summary>
/// <param name="Rank">1-based rank.</param>
/// <param name="Result">The result.</param>
public sealed record RankedResult(int Rank, ScoreResult Result);
