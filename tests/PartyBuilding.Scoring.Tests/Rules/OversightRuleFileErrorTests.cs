using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Rules;

// The rule-file errors of duty-report reviews, inspections and rectification (PBS300–PBS399): one fixture per error
// in TestData/invalid/, each TestData/valid/minimal.json with one section added or one thing broken.
public sealed class OversightRuleFileErrorTests
{
    [Theory]
    [InlineData("review-input-not-number.json", "(21,14): error PBS300: \"g\" is a grade input; the review score needs a number input. (at $.dutyReview.input)")]
    [InlineData("review-grade-outside-range.json", "(21,22): error PBS301: The grade \"好\" gives 105, outside the score range 0 to 100. (at $.dutyReview.grades['好'])")]
    [InlineData("reviewer-weights-not-summing.json", "(22,19): error PBS302: The reviewer category weights add up to 0.9; they must add up to exactly 1 (or 100 when written in per cent). (at $.dutyReview.categories)")]
    [InlineData("review-negative-trim.json", "(23,66): error PBS303: \"trim\" of reviewer category \"leaders\" is how many highest and lowest scores are dropped; it cannot be negative. (at $.dutyReview.categories[0].trim)")]
    [InlineData("criterion-effective-before-rule-set.json", "(12,97): error PBS310: The criterion \"c\" takes effect on 2025-12-31, not after the rule set itself (2026-01-01); remove \"effectiveFrom\" or give a later date. (at $.areas[0].criteria[0].effectiveFrom)")]
    [InlineData("deadline-days-on-points.json", "(12,96): error PBS311: Only deduction criteria count findings that make problems; criterion \"c\" uses \"points\", so \"deadlineDays\" has no effect. (at $.areas[0].criteria[0].deadlineDays)")]
    [InlineData("rectification-count-unread.json", "(21,28): error PBS320: The input \"overdueProblems\" receives the number of overdue problems, but no criterion or veto reads it, so it would change nothing. (at $.rectification.counts.overdue)")]
    [InlineData("rectification-unknown-status.json", "(20,25): error PBS014: \"late\" is not a problem status: use one of \"open\", \"overdue\", \"rectified\", \"rectifiedLate\". (at $.rectification.counts.late)")]
    public void Load_InvalidOversightSection_ReportsOneLocatedError(string file, string expected)
    {
        var path = Repository.TestData("invalid/" + file);

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(path + expected, Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_ShippedOversightRuleFiles_HaveTheirSections()
    {
        var review = RuleSets.DutyReportReview().RuleSet;
        var inspection = RuleSets.MonthlyInspection().RuleSet;

        Assert.Equal("reviewScore", review.DutyReview!.Input);
        Assert.Equal(["leaders", "representatives", "masses"], review.DutyReview.Categories.Select(c => c.Id));
        Assert.Equal([0.4m, 0.3m, 0.3m], review.DutyReview.Categories.Select(c => c.Weight));
        Assert.Equal(26, inspection.Areas.Sum(a => a.Criteria.Count));
        Assert.All(inspection.Areas.SelectMany(a => a.Criteria), c => Assert.True(c.DeadlineDays > 0));
    }
}
