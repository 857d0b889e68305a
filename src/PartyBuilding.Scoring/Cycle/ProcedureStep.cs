namespace PartyBuilding.Scoring.Cycle;

/// <summary>
/// One step of the star-level determination procedure, declared in order in the rule file's <c>procedure</c>
/// section (e.g. 自查 → 申报 → 上级初审 → 向工委申报 → 考核组评分 → 认定).
/// </summary>
/// <param name="Id">Step id, as determinations name it.</param>
/// <param name="Title">Display title.</param>
/// <param name="Required">True when a determination without this step is rejected.</param>
public sealed record ProcedureStep(string Id, string Title, bool Required);
