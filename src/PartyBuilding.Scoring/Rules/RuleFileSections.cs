namespace PartyBuilding.Scoring.Rules;

// Builds the models of the optional top-level sections (components, hierarchy, ranking, lagging …) from a validated document.
internal static class RuleFileSections
{
    public static IReadOnlyList<ComponentDefinition> Components(RuleFileDocument doc) =>
    [
        .. (doc.Components ?? []).Select(c => new ComponentDefinition(
            c!.Id!, c.Title!, c.Input!, c.From!, RuleFileVocabulary.ComponentValues[c.Take!],
            c.WhenMissing is null ? MissingComponentAction.Reject : RuleFileVocabulary.MissingComponentActions[c.WhenMissing])),
    ];

    public static RankingPolicy Ranking(RuleFileDocument doc) => doc.Ranking is not { } ranking
        ? RankingPolicy.Default
        : new RankingPolicy(
            ranking.GroupBy is null ? RankingGroup.None : RuleFileVocabulary.RankingGroups[ranking.GroupBy],
            [.. (ranking.TieBreakers ?? []).Select(t => new TieBreaker(t!.Input!, t.Order is null || RuleFileVocabulary.SortOrders[t.Order]))]);
}
