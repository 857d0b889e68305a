namespace PartyBuilding.Scoring.Tests.TestSupport;

// The shipped star-rating rule file (rules/star-rating.json) and records for it.
internal static class StarRating
{
    private static readonly Lazy<ScoringEngine> Shared = new(() => ScoringEngine.Load(Repository.File("rules/star-rating.json")));

    public static ScoringEngine Engine => Shared.Value;

    public static IReadOnlyList<string> Types { get; } = ["agency", "stateEnterprise", "community", "village", "twoNew"];

    // Points inputs and the most each gives for a type other than twoNew (studyScore gives at most 4 there).
    public static IReadOnlyList<(string Input, decimal Max)> PointsInputs { get; } =
        [("memberRoleScore", 7m), ("studyScore", 6m), ("affairsOpenScore", 5m), ("practicalHelpScore", 5m)];

    /// <summary>A record that earns 100 for any type, written out by hand (not the engine's template).</summary>
    public static OrganizationRecord Perfect(string id = "p01", string type = "agency") => new(id)
    {
        Type = type,
        Values = RecordBuilder.Values(
            ("branchSetupCompliant", true),
            ("teamUnityGrade", "好"),
            ("activitiesHeld", 12),
            ("fundsGuaranteed", true),
            ("affairsOpenScore", 5),
            ("studyScore", 6),
            ("unexcusedAbsences", 0),
            ("memberManagementGrade", "好"),
            ("newMembers", 3),
            ("activists", 2),
            ("duesLatePayments", 0),
            ("systemsEstablished", true),
            ("mechanismGrade", "好"),
            ("responsibilityFindings", 0),
            ("innovationGrade", "好"),
            ("memberRoleScore", 7),
            ("taskCompletionRate", 100),
            ("servicePostsSet", true),
            ("practicalHelpScore", 5),
            ("massSatisfactionRate", 100)),
    };

    /// <summary>
    /// An agency record whose criteria total is exactly <paramref name="total"/> (67 to 100): below 77 two grades drop
    /// to 差 (−10), the rest is taken off the four points criteria, which accept any decimal.
    /// </summary>
    public static OrganizationRecord WithTotal(decimal total, string id = "t01")
    {
        var deficit = 100m - total;
        if (deficit is < 0 or > 33)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "67 to 100 only");
        }

        var record = Perfect(id);
        if (deficit > 23)
        {
            record = record.With(("teamUnityGrade", "差"), ("memberManagementGrade", "差"));
            deficit -= 10;
        }

        foreach (var (input, max) in PointsInputs)
        {
            var taken = Math.Min(deficit, max);
            record = record.With((input, max - taken));
            deficit -= taken;
        }

        return record;
    }
}
