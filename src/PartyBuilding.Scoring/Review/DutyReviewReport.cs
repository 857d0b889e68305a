using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Review;

/// <summary>
/// The duty-report review as text or JSON: the ranked table of the subjects (as <see cref="RankedTable"/> and
/// <see cref="ResultJson"/> write it) followed by the real-name record of who gave which score, and the rejected reviews.
/// </summary>
public static class DutyReviewReport
{
    /// <summary>Formats the review as plain text.</summary>
    /// <param name="result">The review result.</param>
    /// <param name="ruleSet">The rule set used.</param>
    /// <returns>The report, lines ending with \n.</returns>
    public static string Text(DutyReviewResult result, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var text = new StringBuilder(RankedTable.Format(result.Batch, ruleSet));
        text.Append(CultureInfo.InvariantCulture,
            $"\nDuty-report review (述职评议): reviews read {result.ReviewsRead}, accepted {result.ReviewsAccepted}, rejected {result.RejectedReviews.Count}\n");
        var names = result.Batch.Results.ToDictionary(r => r.Result.Id, r => r.Result.Name, StringComparer.Ordinal);
        foreach (var subject in result.Subjects)
        {
            var name = names.GetValueOrDefault(subject.SubjectId);
            text.Append(CultureInfo.InvariantCulture, $"\n{subject.SubjectId}{(name is null ? string.Empty : " " + name)}: review score {DecimalText.Format(subject.Score)}\n");
            foreach (var category in subject.Categories)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {category.Title} ({category.Id}), weight {DecimalText.Format(category.Weight)}: mean {DecimalText.Format(category.Mean, 2)}, weighted {DecimalText.Format(category.Weighted, 2)}\n");
                var width = category.Reviews.Max(r => TextWidth.Of($"{r.ReviewerId} {r.ReviewerName}"));
                foreach (var line in category.Reviews)
                {
                    var grade = line.Grade is null ? string.Empty : line.Grade + " ";
                    text.Append(CultureInfo.InvariantCulture,
                        $"    {TextWidth.PadRight($"{line.ReviewerId} {line.ReviewerName}", width)}  {grade}{DecimalText.Format(line.Score)}{(line.Dropped ? "  (dropped)" : string.Empty)}\n");
                }
            }
        }

        TextTable.AppendRejections(text, "Rejected reviews", result.RejectedReviews);

        return text.ToString();
    }

    /// <summary>
    /// Builds the review as a report document (for Markdown, CSV or HTML through <see cref="ReportWriter"/>): the tables
    /// <c>results</c> (ranked subjects), <c>reviews</c> (who gave which score, one row per reviewer and subject) and
    /// <c>rejectedReviews</c>.
    /// </summary>
    /// <param name="result">The review result.</param>
    /// <param name="ruleSet">The rule set used.</param>
    /// <returns>The document.</returns>
    public static ReportDocument Document(DutyReviewResult result, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var decimals = ruleSet.Rounding.Decimals;
        ReportTable results = new("results", "Results",
            [new("rank", "Rank", true), new("id", "Id"), new("name", "Name"), new("reviewScore", "Review score", true), new("score", "Score", true), new("band", "Band")],
            [
                .. result.Batch.Results.Select(r => (IReadOnlyList<string>)
                [
                    r.Rank.ToString(CultureInfo.InvariantCulture), r.Result.Id, r.Result.Name ?? string.Empty,
                    result.Subjects.FirstOrDefault(s => s.SubjectId == r.Result.Id) is { } subject ? DecimalText.Format(subject.Score, decimals) : string.Empty,
                    DecimalText.Format(r.Result.Score, decimals), r.Result.Band?.Label ?? "(revoked)",
                ]),
            ]);
        ReportTable reviews = new("reviews", "Real-name reviews (实名评议)",
            [
                new("subject", "Subject"), new("category", "Category"), new("reviewer", "Reviewer"), new("name", "Name"),
                new("grade", "Grade"), new("score", "Score", true), new("dropped", "Dropped"),
            ],
            [
                .. result.Subjects.SelectMany(s => s.Categories.SelectMany(c => c.Reviews.Select(l => (IReadOnlyList<string>)
                [
                    s.SubjectId, c.Title, l.ReviewerId, l.ReviewerName, l.Grade ?? string.Empty, DecimalText.Format(l.Score), l.Dropped ? "yes" : string.Empty,
                ]))),
            ]);
        ReportField[] fields =
        [
            ReportTables.RuleSet(ruleSet.Identity),
            ReportTables.Count("read", "Subjects read", result.Batch.Read),
            ReportTables.Count("scored", "Subjects scored", result.Batch.Results.Count),
            ReportTables.Count("reviewsRead", "Reviews read", result.ReviewsRead),
            ReportTables.Count("reviewsAccepted", "Reviews accepted", result.ReviewsAccepted),
            ReportTables.Count("reviewsRejected", "Reviews rejected", result.RejectedReviews.Count),
        ];
        return new ReportDocument("dutyReview", ruleSet.Title, fields,
            [results, reviews, ReportTables.Rejections("rejected", "Rejected subjects", result.Batch.Rejected), ReportTables.Rejections("rejectedReviews", "Rejected reviews", result.RejectedReviews)],
            null);
    }

    /// <summary>Formats the review as JSON: the batch (as <see cref="ResultJson.Serialize(BatchResult)"/>) plus <c>dutyReview</c>.</summary>
    /// <param name="result">The review result.</param>
    /// <returns>Indented JSON.</returns>
    public static string Json(DutyReviewResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonValues.ToText(writer =>
        {
            writer.WriteStartObject();
            ResultJson.WriteBatch(writer, result.Batch);
            writer.WriteStartObject("dutyReview");
            writer.WriteNumber("reviewsRead", result.ReviewsRead);
            writer.WriteNumber("reviewsAccepted", result.ReviewsAccepted);
            writer.WriteNumber("reviewsRejected", result.RejectedReviews.Count);
            writer.WriteStartArray("subjects");
            foreach (var subject in result.Subjects)
            {
                writer.WriteStartObject();
                writer.WriteString("id", subject.SubjectId);
                ResultJson.Number(writer, "score", subject.Score);
                writer.WriteStartArray("categories");
                foreach (var category in subject.Categories)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", category.Id);
                    writer.WriteString("title", category.Title);
                    ResultJson.Number(writer, "weight", category.Weight);
                    ResultJson.Number(writer, "mean", category.Mean);
                    ResultJson.Number(writer, "weighted", category.Weighted);
                    writer.WriteStartArray("reviews");
                    foreach (var line in category.Reviews)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("reviewer", line.ReviewerId);
                        writer.WriteString("name", line.ReviewerName);
                        writer.WriteString("grade", line.Grade);
                        ResultJson.Number(writer, "score", line.Score);
                        writer.WriteBoolean("dropped", line.Dropped);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            ResultJson.WriteRejections(writer, "rejected", result.RejectedReviews);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }
}
