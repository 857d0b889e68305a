namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// 述职评议考核: the duty-report review of a rule file. Reviewers score a party secretary's written duty report by real
/// name, choosing a grade (or giving a score); scores are averaged per reviewer category (optionally dropping the highest
/// and lowest) and weighted across categories. The result is given to the rule set as the number input <see cref="Input"/>,
/// so ordinary criteria score it next to items such as 双报到.
/// </summary>
/// <param name="Input">The number input that receives the combined review score.</param>
/// <param name="Grades">Score of each grade a reviewer can choose (评议等次 → 分数).</param>
/// <param name="Categories">Reviewer categories with their weights, in file order.</param>
public sealed record DutyReviewDefinition(
    string Input,
    IReadOnlyDictionary<string, decimal> Grades,
    IReadOnlyList<ReviewerCategoryDefinition> Categories);
