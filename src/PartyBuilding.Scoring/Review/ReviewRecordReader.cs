using System.Text.Json;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Review;

/// <summary>
/// Reads review records from a JSON array:
/// <c>[{ "subject": "s01", "reviewer": { "id": "r01", "name": "李明", "category": "leaders" }, "grade": "好" }]</c>
/// (or <c>"score": 92</c> instead of a grade), or from a CSV file (<c>.csv</c>) with the header
/// <c>subject,reviewerId,reviewerName,category,grade,score</c> (see <see cref="ReadFile"/>). A damaged item or row is
/// kept with its problem and rejected when scored, so every record read is either accepted or rejected.
/// </summary>
public static class ReviewRecordReader
{
    private static readonly string[] Fields = ["subject", "reviewer", "grade", "score"];
    private static readonly string[] ReviewerFields = ["id", "name", "category"];

    /// <summary>Reads a review file.</summary>
    /// <remarks>
    /// A <c>.csv</c> file (UTF-8, a BOM is accepted) has one review per row under a header naming the columns
    /// <c>subject</c>, <c>reviewerId</c>, <c>reviewerName</c>, <c>category</c>, <c>grade</c> and <c>score</c> in any
    /// order (<c>subject</c> is required; the JSON paths <c>reviewer.id</c>, <c>reviewer.name</c>,
    /// <c>reviewer.category</c> are accepted too); an empty cell is no value. Any other file is read as JSON.
    /// </remarks>
    /// <param name="path">The JSON or CSV file.</param>
    /// <returns>The review records, in file order.</returns>
    /// <exception cref="InvalidDataException">The file cannot be read, is not a JSON array, or has a CSV header with an
    /// unknown or repeated column or no <c>subject</c> column.</exception>
    public static IReadOnlyList<ReviewRecord> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReviewCsv.ReadFile(path)
            : [.. JsonItemFile.Read(path, "review").Select(item => ToRecord(item.Item, item.Line))];
    }

    private static ReviewRecord ToRecord(JsonElement item, int line)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new ReviewRecord(null, null, null, null) { SourceLine = line, ReadProblem = "a review record must be a JSON object { \"subject\", \"reviewer\", \"grade\" }." };
        }

        var problems = new List<string>();
        JsonItemFile.OnlyKnown(item, Fields, problems);
        string? id = null, name = null, category = null;
        if (item.TryGetProperty("reviewer", out var reviewer) && reviewer.ValueKind != JsonValueKind.Null)
        {
            if (reviewer.ValueKind != JsonValueKind.Object)
            {
                problems.Add("\"reviewer\" must be an object { \"id\", \"name\", \"category\" }.");
            }
            else
            {
                JsonItemFile.OnlyKnown(reviewer, ReviewerFields, problems);
                id = JsonItemFile.Text(reviewer, "id", problems);
                name = JsonItemFile.Text(reviewer, "name", problems);
                category = JsonItemFile.Text(reviewer, "category", problems);
            }
        }

        decimal? score = null;
        if (item.TryGetProperty("score", out var scoreElement) && scoreElement.ValueKind != JsonValueKind.Null)
        {
            if (scoreElement.ValueKind == JsonValueKind.Number && scoreElement.TryGetDecimal(out var value))
            {
                score = value;
            }
            else
            {
                problems.Add("\"score\" must be a number.");
            }
        }

        return new ReviewRecord(JsonItemFile.Text(item, "subject", problems), id, name, category)
        {
            Grade = JsonItemFile.Text(item, "grade", problems),
            Score = score,
            SourceLine = line,
            ReadProblem = problems.Count > 0 ? string.Join(" ", problems) : null,
        };
    }
}
