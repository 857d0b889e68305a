namespace PartyBuilding.Scoring.Benchmarks.PerOrganization;

/// <summary>The score and stars of one branch as the hand-written scorer computes them.</summary>
/// <param name="Score">Final score, rounded to a whole number half away from zero.</param>
/// <param name="EarnedLevel">The star level the score alone earns.</param>
/// <param name="Level">The star level after vetoes; null when revoked.</param>
public readonly record struct StarRatingScore(decimal Score, int EarnedLevel, int? Level);

/// <summary>
/// rules/star-rating.json written out by hand in C# over typed fields, in decimal: the floor no engine can beat by much.
/// Every number below is copied from the rule file; the benchmark setup checks it against the library for every organization.
/// </summary>
public static class HandWrittenStarRating
{
    /// <summary>
    /// Scores one branch from the same <see cref="OrganizationRecord"/> the library takes: looks each value up in the record's
    /// dictionary (its kind checked by <see cref="InputValue"/>'s accessors), then scores the figures. Ranges and undeclared
    /// values are not checked, as a hand-written scorer usually would not.
    /// </summary>
    public static StarRatingScore Score(OrganizationRecord record) => Score(StarRatingFigures.FromRecord(record));

    /// <summary>Scores one branch.</summary>
    public static StarRatingScore Score(in StarRatingFigures f)
    {
        var twoNew = f.Type == "twoNew";

        var team = (f.BranchSetupCompliant ? 5m : 0m)
            + Grade(f.TeamUnityGrade, 5m, 4m, 2m)
            + Clamp(f.ActivitiesHeld * 0.5m, 6m)
            + (f.FundsGuaranteed ? 4m : 0m)
            + Math.Min(f.AffairsOpenScore, 5m);

        var members = Math.Min(f.StudyScore, twoNew ? 4m : 6m)
            + (5m - Math.Min(5m, f.UnexcusedAbsences * 0.5m))
            + Grade(f.MemberManagementGrade, 5m, 4m, 2m)
            + Clamp(f.NewMembers * 2m + (f.Activists >= 2m ? 1m : 0m), twoNew ? 7m : 5m)
            + (4m - Math.Min(4m, f.DuesLatePayments));

        var institution = (f.SystemsEstablished ? 5m : 2m)
            + Grade(f.MechanismGrade, 5m, 3.5m, 2m)
            + (5m - Math.Min(5m, f.ResponsibilityFindings));

        var performance = Grade(f.InnovationGrade, 6m, 4.5m, 3m)
            + Math.Min(f.MemberRoleScore, 7m)
            + Clamp(f.TaskCompletionRate * 0.07m, 7m);

        var masses = (f.ServicePostsSet ? 4m : 0m)
            + Math.Min(f.PracticalHelpScore, 5m)
            + Clamp((f.MassSatisfactionRate - 80m) * 0.3m, 6m);

        var total = Math.Min(team, 25m) + Math.Min(members, 25m) + Math.Min(institution, 15m) + Math.Min(performance, 20m) + Math.Min(masses, 15m);
        var score = decimal.Round(Math.Clamp(total, 0m, 100m), 0, MidpointRounding.AwayFromZero);
        var earned = score >= 95m ? 5 : score >= 90m ? 4 : score >= 80m ? 3 : score >= 70m ? 2 : 1;
        int? level = f.SeriousViolation ? null : f.DisciplineViolations > 0m ? Math.Max(1, earned - 1) : earned;
        return new StarRatingScore(score, earned, level);
    }

    // 好 / 较好 / 一般 / 差 (0 points).
    private static decimal Grade(string grade, decimal good, decimal fair, decimal average) =>
        grade switch { "好" => good, "较好" => fair, "一般" => average, _ => 0m };

    private static decimal Clamp(decimal value, decimal max) => Math.Clamp(value, 0m, max);
}
