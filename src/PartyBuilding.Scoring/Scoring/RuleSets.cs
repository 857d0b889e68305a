namespace PartyBuilding.Scoring;

/// <summary>
/// The default rule files shipped inside the package (the same files as <c>rules/</c> in the repository).
/// Each call loads a new engine; keep the one you get.
/// </summary>
public static class RuleSets
{
    /// <summary>The names of the shipped rule files, without extension.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["duty-report-review", "five-goods-three-reviews", "monthly-inspection", "star-rating", "star-rating-cycle-2024", "star-rating-cycle-2026"];

    /// <summary>党支部星级管理: star-level management of party branches (5 areas, 19 sub-items, bands 95/90/80/70).</summary>
    public static ScoringEngine StarRating() => Load("star-rating");

    /// <summary>五好三评一定一通报: the five goods scored through three weighted reviews.</summary>
    public static ScoringEngine FiveGoodsThreeReviews() => Load("five-goods-three-reviews");

    /// <summary>党建工作巡查: monthly inspection of 26 work items in 6 areas, each finding deducting points and due for rectification.</summary>
    public static ScoringEngine MonthlyInspection() => Load("monthly-inspection");

    /// <summary>述职评议考核: duty-report review by real-name reviewers in three weighted categories, with 双报到 and the written report.</summary>
    public static ScoringEngine DutyReportReview() => Load("duty-report-review");

    /// <summary>Loads a shipped rule file by name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <exception cref="ArgumentException">No shipped rule file has that name.</exception>
    public static ScoringEngine Load(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        using var stream = typeof(RuleSets).Assembly.GetManifestResourceStream($"PartyBuilding.Scoring.Rules.{name}.json")
            ?? throw new ArgumentException($"No shipped rule file is named \"{name}\"; the names are {string.Join(", ", Names)}.", nameof(name));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ScoringEngine.FromBytes(buffer.ToArray(), $"{name}.json (embedded)", Rules.RuleSetLoadOptions.Default);
    }
}
