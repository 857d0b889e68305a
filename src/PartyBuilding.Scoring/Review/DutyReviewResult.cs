namespace PartyBuilding.Scoring.Review;

/// <summary>
/// The outcome of a duty-report review: the subjects scored by the rule set (with the review score as an input), the
/// real-name record of every review used, and the review records rejected. Review records read =
/// <see cref="ReviewsAccepted"/> + <c>RejectedReviews.Count</c>.
/// </summary>
/// <param name="Batch">The subjects, scored and ranked by the rule set; subjects rejected for their reviews are among its rejections.</param>
/// <param name="Subjects">The review of every subject that had valid reviews in every category, by subject id.</param>
/// <param name="ReviewsRead">Review records read.</param>
/// <param name="ReviewsAccepted">Review records accepted.</param>
/// <param name="RejectedReviews">Review records rejected, with subject, line and reason; ordered by line.</param>
public sealed record DutyReviewResult(
    BatchResult Batch, IReadOnlyList<SubjectReview> Subjects, int ReviewsRead, int ReviewsAccepted, IReadOnlyList<RecordRejection> RejectedReviews);
