namespace PartyBuilding.Scoring.Review;

/// <summary>The reviews of one reviewer category for one subject.</summary>
/// <param name="Id">The category id.</param>
/// <param name="Title">The category title.</param>
/// <param name="Weight">The category's weight (sums to 1 over the categories).</param>
/// <param name="Mean">Mean of the scores kept (exact, not rounded).</param>
/// <param name="Weighted"><see cref="Weight"/> × <see cref="Mean"/>.</param>
/// <param name="Reviews">Every reviewer's score, highest first (ties by reviewer id), with the dropped ones marked.</param>
public sealed record CategoryReview(string Id, string Title, decimal Weight, decimal Mean, decimal Weighted, IReadOnlyList<ReviewerLine> Reviews);
