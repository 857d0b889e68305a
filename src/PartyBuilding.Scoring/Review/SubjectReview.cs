namespace PartyBuilding.Scoring.Review;

/// <summary>The review score of one subject and how it was combined.</summary>
/// <param name="SubjectId">The subject's record id.</param>
/// <param name="Score">Σ weight × category mean, rounded with the rule file's decimals and mode; the value given to the review input.</param>
/// <param name="Categories">Per category, in rule-file order.</param>
public sealed record SubjectReview(string SubjectId, decimal Score, IReadOnlyList<CategoryReview> Categories);
