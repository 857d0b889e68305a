namespace PartyBuilding.Scoring.Review;

/// <summary>One reviewer's score in a category of a subject's review: the real-name record kept for the report.</summary>
/// <param name="ReviewerId">The reviewer's id.</param>
/// <param name="ReviewerName">The reviewer's name.</param>
/// <param name="Grade">The grade chosen, or null when a score was given directly.</param>
/// <param name="Score">The score (the grade's score from the grade table, or the score given).</param>
/// <param name="Dropped">True when the score was dropped as one of the highest or lowest of the category.</param>
public sealed record ReviewerLine(string ReviewerId, string ReviewerName, string? Grade, decimal Score, bool Dropped);
