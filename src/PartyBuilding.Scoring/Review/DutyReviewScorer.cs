using System.Globalization;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Review;

/// <summary>
/// Scores a duty-report review (述职评议考核) with a rule set that has a <c>dutyReview</c> section: checks every
/// real-name review record, combines the scores per reviewer category (dropping the highest and lowest as declared)
/// and across categories by weight, gives the result to the rule set's review input and scores each subject.
/// Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var scorer = new DutyReviewScorer(ScoringEngine.Load("rules/duty-report-review.json"));
/// var result = scorer.Score(RecordReader.ReadFile("secretaries.json", scorer.Engine.RuleSet), ReviewRecordReader.ReadFile("reviews.json"));
/// </code>
/// </example>
public sealed class DutyReviewScorer
{
    private readonly DutyReviewDefinition review;

    /// <summary>Creates a scorer for an engine whose rule set declares a duty review.</summary>
    /// <param name="engine">The engine.</param>
    /// <exception cref="ArgumentException">The rule set has no <c>dutyReview</c> section.</exception>
    public DutyReviewScorer(ScoringEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        review = engine.RuleSet.DutyReview
            ?? throw new ArgumentException($"The rule set \"{engine.RuleSet.Identity.Id}\" has no \"dutyReview\" section.", nameof(engine));
        Engine = engine;
    }

    /// <summary>The engine that scores the subjects.</summary>
    public ScoringEngine Engine { get; }

    /// <summary>Scores the subjects with their reviews.</summary>
    /// <param name="subjects">The subjects (party secretaries) as read from a records file.</param>
    /// <param name="reviews">The review records.</param>
    /// <returns>The scored subjects, the real-name review record of each, and the rejected reviews.</returns>
    public DutyReviewResult Score(IEnumerable<RecordReadResult> subjects, IEnumerable<ReviewRecord> reviews)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(reviews);
        var items = subjects.ToList();
        var reviewList = reviews.ToList();
        var subjectIds = new HashSet<string>(items.Select(i => i.Record?.Id).OfType<string>(), StringComparer.Ordinal);
        var rejected = new List<RecordRejection>();
        var valid = new List<(ReviewRecord Record, decimal Score)>();
        foreach (var record in reviewList)
        {
            if (Check(record, subjectIds) is { } problem)
            {
                rejected.Add(new RecordRejection(record.Subject, record.SourceLine, problem.Code, problem.Reason));
            }
            else
            {
                valid.Add((record, record.Score ?? review.Grades[record.Grade!]));
            }
        }

        valid = RejectConflicts(valid, rejected);
        var byCategory = review.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var subjectReviews = new Dictionary<string, SubjectReview>(StringComparer.Ordinal);
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in valid.GroupBy(v => v.Record.Subject!, StringComparer.Ordinal))
        {
            var categories = new List<CategoryReview>();
            foreach (var category in review.Categories)
            {
                var scores = group.Where(v => v.Record.Category == category.Id).ToList();
                if (scores.Count == 0)
                {
                    missing[group.Key] = $"no accepted review in reviewer category \"{category.Id}\" ({category.Title}), so the review score cannot be combined.";
                    break;
                }

                categories.Add(Combine(category, scores));
            }

            if (!missing.ContainsKey(group.Key))
            {
                var composite = decimal.Round(categories.Sum(c => c.Weighted), Engine.RuleSet.Rounding.Decimals, Engine.RuleSet.Rounding.Mode);
                subjectReviews[group.Key] = new SubjectReview(group.Key, composite, categories);
            }
        }

        var fed = items.Select(item => Feed(item, subjectReviews, missing)).ToList();
        return new DutyReviewResult(
            Engine.ScoreBatch(fed),
            [.. subjectReviews.Values.OrderBy(s => s.SubjectId, StringComparer.Ordinal)],
            reviewList.Count,
            valid.Count,
            [.. rejected.OrderBy(r => r.Line ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Reason, StringComparer.Ordinal)]);
    }

    private (string Code, string Reason)? Check(ReviewRecord record, HashSet<string> subjectIds)
    {
        if (record.ReadProblem is { } problem)
        {
            return (RecordRejectionCodes.Malformed, problem);
        }

        if (record.ReviewerId is null || record.ReviewerName is null)
        {
            return (RecordRejectionCodes.AnonymousReview,
                "the review does not name its reviewer (both \"id\" and \"name\" are needed): anonymous reviews are not accepted in a real-name review (实名制评议).");
        }

        if (record.Subject is null || !subjectIds.Contains(record.Subject))
        {
            return (RecordRejectionCodes.UnknownSubject, record.Subject is null
                ? $"the review by {record.ReviewerId} ({record.ReviewerName}) does not say which subject it reviews."
                : $"the review by {record.ReviewerId} ({record.ReviewerName}) is for \"{record.Subject}\", which is not among the subjects read.");
        }

        if (record.Category is null || !review.Categories.Any(c => c.Id == record.Category))
        {
            var categories = RuleFileVocabulary.List(review.Categories.Select(c => c.Id));
            return (RecordRejectionCodes.UnknownReviewerCategory, record.Category is null
                ? $"reviewer {record.ReviewerId} ({record.ReviewerName}) has no category; it must be one of {categories}."
                : $"reviewer {record.ReviewerId} ({record.ReviewerName}) has category \"{record.Category}\", which is not one of {categories}.");
        }

        return (record.Grade, record.Score) switch
        {
            (null, null) => (RecordRejectionCodes.InvalidReviewScore, $"reviewer {record.ReviewerId} ({record.ReviewerName}) gives neither a grade nor a score."),
            (not null, not null) => (RecordRejectionCodes.InvalidReviewScore, $"reviewer {record.ReviewerId} ({record.ReviewerName}) gives both a grade and a score; give one."),
            ({ } grade, _) when !review.Grades.ContainsKey(grade) => (RecordRejectionCodes.InvalidReviewScore,
                $"reviewer {record.ReviewerId} ({record.ReviewerName}) chooses the grade \"{grade}\", which is not one of {RuleFileVocabulary.List(review.Grades.Keys)}."),
            (_, { } score) when score < Engine.RuleSet.ScoreMin || score > Engine.RuleSet.ScoreMax => (RecordRejectionCodes.InvalidReviewScore,
                $"reviewer {record.ReviewerId} ({record.ReviewerName}) gives {DecimalText.Format(score)}, outside the score range {DecimalText.Format(Engine.RuleSet.ScoreMin)} to {DecimalText.Format(Engine.RuleSet.ScoreMax)}."),
            _ => null,
        };
    }

    // A reviewer id must stand for one person in one category, and a reviewer reviews a subject once. Every record
    // involved in a conflict is rejected (not just the later ones), so the outcome does not depend on the order.
    private static List<(ReviewRecord Record, decimal Score)> RejectConflicts(List<(ReviewRecord Record, decimal Score)> valid, List<RecordRejection> rejected)
    {
        var conflicting = valid.GroupBy(v => v.Record.ReviewerId!, StringComparer.Ordinal)
            .Where(g => g.Select(v => (v.Record.ReviewerName, v.Record.Category)).Distinct().Count() > 1)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(v => $"{v.Record.ReviewerName} ({v.Record.Category})").Distinct().Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        var duplicates = valid.GroupBy(v => (v.Record.Subject!, v.Record.ReviewerId!))
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(v => v.Record.SourceLine).OfType<int>().Order().Select(l => l.ToString(CultureInfo.InvariantCulture))));
        var kept = new List<(ReviewRecord, decimal)>();
        foreach (var (record, score) in valid)
        {
            if (conflicting.TryGetValue(record.ReviewerId!, out var identities))
            {
                rejected.Add(new RecordRejection(record.Subject, record.SourceLine, RecordRejectionCodes.ConflictingReviewer,
                    $"the reviewer id \"{record.ReviewerId}\" is used for different people or categories ({identities}); a real-name review needs one id per person."));
            }
            else if (duplicates.TryGetValue((record.Subject!, record.ReviewerId!), out var lines))
            {
                rejected.Add(new RecordRejection(record.Subject, record.SourceLine, RecordRejectionCodes.DuplicateReviewer,
                    $"reviewer {record.ReviewerId} ({record.ReviewerName}) reviewed \"{record.Subject}\" more than once (lines {lines}); none of these reviews is used."));
            }
            else
            {
                kept.Add((record, score));
            }
        }

        return kept;
    }

    private static CategoryReview Combine(ReviewerCategoryDefinition category, List<(ReviewRecord Record, decimal Score)> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Score).ThenBy(s => s.Record.ReviewerId, StringComparer.Ordinal).ToList();

        // Dropping needs more scores than it removes; with fewer, every score counts.
        var trim = ordered.Count > 2 * category.Trim ? category.Trim : 0;
        var lines = ordered.Select((s, i) => new ReviewerLine(
            s.Record.ReviewerId!, s.Record.ReviewerName!, s.Record.Grade, s.Score, i < trim || i >= ordered.Count - trim)).ToList();
        var kept = lines.Where(l => !l.Dropped).Select(l => l.Score).ToList();
        var mean = kept.Sum() / kept.Count;
        return new CategoryReview(category.Id, category.Title, category.Weight, mean, category.Weight * mean, lines);
    }

    private RecordReadResult Feed(RecordReadResult item, Dictionary<string, SubjectReview> reviews, Dictionary<string, string> missing)
    {
        if (item.Record is not { } record)
        {
            return item;
        }

        if (record.Values.ContainsKey(review.Input))
        {
            return RecordReadResult.Rejected(new RecordRejection(record.Id, record.SourceLine, RecordRejectionCodes.ComputedValueGiven,
                $"the record gives \"{review.Input}\" itself; it is the review score, computed from the review records."));
        }

        if (!reviews.TryGetValue(record.Id, out var subject))
        {
            return RecordReadResult.Rejected(new RecordRejection(record.Id, record.SourceLine, RecordRejectionCodes.MissingCategoryReviews,
                missing.GetValueOrDefault(record.Id) ?? "no accepted review record for this subject."));
        }

        var values = new Dictionary<string, InputValue>(record.Values, StringComparer.Ordinal) { [review.Input] = subject.Score };
        return RecordReadResult.Read(record with { Values = values });
    }
}
