using System.Text.Json;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Review;

/// <summary>
/// Reads review records from a JSON array:
/// <c>[{ "subject": "s01", "reviewer": { "id": "r01", "name": "李明", "category": "leaders" }, "grade": "好" }]</c>
/// (or <c>"score": 92</c> instead of a grade). A damaged item is kept with its problem and rejected when scored, so
/// every record read is either accepted or rejected.
/// </summary>
public static class ReviewRecordReader
{
    private static readonly string[] Fields = ["subject", "reviewer", "grade", "score"];
    private static readonly string[] ReviewerFields = ["id", "name", "category"];

    /// <summary>Reads a review file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The review records, in file order.</returns>
    /// <exception cref="InvalidDataException">The file cannot be read or is not a JSON array.</exception>
    public static IReadOnlyList<ReviewRecord> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return [.. JsonItemFile.Read(path, "review").Select(item => ToRecord(item.Item, item.Line))];
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
