namespace PartyBuilding.Scoring.Rules;

/// <summary>A category of reviewers in a duty-report review (e.g. 班子成员, 党代表, 群众代表).</summary>
/// <param name="Id">Identifier, unique in the section.</param>
/// <param name="Title">Display title.</param>
/// <param name="Weight">Share of the category in the review score; the weights sum to 1.</param>
/// <param name="Trim">How many highest and how many lowest scores are dropped before averaging (去掉最高分和最低分); 0 keeps all.</param>
public sealed record ReviewerCategoryDefinition(string Id, string Title, decimal Weight, int Trim);
