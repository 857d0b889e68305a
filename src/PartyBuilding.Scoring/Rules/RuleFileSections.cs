namespace PartyBuilding.Scoring.Rules;

// Builds the models of the optional top-level sections (components, hierarchy, ranking, lagging …) from a validated document.
internal static class RuleFileSections
{
    public static IReadOnlyList<ComponentDefinition> Components(RuleFileDocument doc) =>
    [
        .. (doc.Components ?? []).Select(c =>
        {
            var component = new ComponentDefinition(
                c!.Id!, c.Title!, c.Input!, c.From!, RuleFileVocabulary.ComponentValues[c.Take!],
                c.WhenMissing is null ? MissingComponentAction.Reject : RuleFileVocabulary.MissingComponentActions[c.WhenMissing])
            {
                Rollup = c.Rollup,
            };
            return c.WhenRevoked is null ? component : component with { WhenRevoked = RuleFileVocabulary.RevokedComponentActions[c.WhenRevoked] };
        }),
    ];

    public static RankingPolicy Ranking(RuleFileDocument doc) => doc.Ranking is not { } ranking
        ? RankingPolicy.Default
        : new RankingPolicy(
            ranking.GroupBy is null ? RankingGroup.None : RuleFileVocabulary.RankingGroups[ranking.GroupBy],
            [.. (ranking.TieBreakers ?? []).Select(t => new TieBreaker(t!.Input!, t.Order is null || RuleFileVocabulary.SortOrders[t.Order]))]);

    public static LaggingRule? Lagging(RuleFileDocument doc) => doc.Lagging is not { } lagging
        ? null
        : new LaggingRule(
            lagging.Title!, lagging.ScoreBelow, [.. (lagging.Bands ?? []).OfType<string>()], lagging.Revoked ?? false, lagging.BottomCount, lagging.BottomShare,
            lagging.Rectification is { } r
                ? new RectificationPlan(r.Plan!, r.Responsible, r.Deadline is null ? null : DateOnly.ParseExact(r.Deadline, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                : null);

    public static IReadOnlyList<RollupRule> Rollups(RuleFileDocument doc) =>
    [
        .. (doc.Rollups ?? []).Select(r => new RollupRule(
            r!.Id!, r.Title!, r.Over is null ? RollupScope.Children : RuleFileVocabulary.RollupScopes[r.Over],
            [.. (r.ParentTypes ?? []).OfType<string>()], [.. (r.Bands ?? []).OfType<string>()], r.MinimumShare!.Value, r.Message!)),
    ];

    public static IReadOnlyList<QuotaRule> Quotas(RuleFileDocument doc) =>
    [
        .. (doc.Quotas ?? []).Select(q => new QuotaRule(
            q!.Id!, q.Title!, q.Band!, q.Within is null ? RankingGroup.None : RuleFileVocabulary.QuotaGroups[q.Within], q.MaxShare, q.MaxCount,
            q.AtBoundary is null ? QuotaBoundary.AdmitNone : RuleFileVocabulary.QuotaBoundaries[q.AtBoundary], q.Message!)),
    ];

    public static IReadOnlyList<PeerInput> Peers(RuleFileDocument doc) =>
    [
        .. (doc.Peers ?? []).Select(p => new PeerInput(
            p!.Input!, p.Of!, RuleFileVocabulary.PeerStatistics[p.Statistic!], p.Within is null ? RankingGroup.None : RuleFileVocabulary.QuotaGroups[p.Within])),
    ];

    public static IReadOnlyList<ChildInput> ChildInputs(RuleFileDocument doc) =>
    [
        .. (doc.ChildInputs ?? []).Select(c => new ChildInput(
            c!.Input!, RuleFileVocabulary.ChildStatistics[c.Statistic!], [.. (c.Bands ?? []).OfType<string>()],
            c.Over is null ? RollupScope.Children : RuleFileVocabulary.RollupScopes[c.Over])),
    ];
}
