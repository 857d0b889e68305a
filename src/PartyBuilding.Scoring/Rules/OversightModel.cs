using System.Globalization;

namespace PartyBuilding.Scoring.Rules;

// Builds the model of the dutyReview and rectification sections from a document that passed validation.
internal static class OversightModel
{
    public static DutyReviewDefinition? DutyReview(RuleFileDocument doc)
    {
        if (doc.DutyReview is not { } review)
        {
            return null;
        }

        var categories = review.Categories!.Select(c => c!).ToList();
        var scale = categories.Sum(c => c.Weight!.Value) == 100m ? 100m : 1m;
        return new DutyReviewDefinition(
            review.Input!,
            new SortedDictionary<string, decimal>(review.Grades!, StringComparer.Ordinal),
            [.. categories.Select(c => new ReviewerCategoryDefinition(c.Id!, c.Title!, c.Weight!.Value / scale, c.Trim ?? 0))]);
    }

    public static RectificationDefinition? Rectification(RuleFileDocument doc)
    {
        if (doc.Rectification is not { } rectification)
        {
            return null;
        }

        var counts = new SortedDictionary<ProblemStatus, string>();
        foreach (var (status, input) in rectification.Counts!)
        {
            counts[OversightVocabulary.Statuses[status]] = input;
        }

        ProblemSource[] sources = rectification.Sources is { Count: > 0 } list
            ? [.. list.Select(s => OversightVocabulary.Sources[s!]).Distinct().Order()]
            : [.. OversightVocabulary.Sources.Values.Order()];
        return new RectificationDefinition(counts, sources);
    }

    public static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
