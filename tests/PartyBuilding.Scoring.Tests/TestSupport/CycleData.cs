using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.TestSupport;

// The sample branch history (samples/data/branch-history.json) under the shipped star-rating-cycle versions.
internal static class CycleData
{
    public static readonly DateOnly AsOf = new(2027, 12, 31);

    private static readonly Lazy<RuleSetCatalog> Versions = new(() => Catalog("rules/star-rating-cycle-2024.json", "rules/star-rating-cycle-2026.json"));
    private static readonly Lazy<CycleResult> Sample = new(() => new AssessmentCycle(Versions.Value).Compute(SampleHistories(), AsOf));

    public static RuleSetCatalog StarRatingCycle => Versions.Value;

    public static CycleResult SampleResult => Sample.Value;

    public static IReadOnlyList<HistoryReadResult> SampleHistories() => HistoryReader.ReadFile(Repository.File("samples/data/branch-history.json"));

    public static OrganizationHistory SampleHistory(string id) => Assert.Single(SampleHistories(), h => h.History?.Id == id).History!;

    public static RuleSetCatalog Catalog(params string[] files) => RuleSetCatalog.Create(files.Select(f => ScoringEngine.Load(Repository.File(f))));

    public static OrganizationCycle Organization(this CycleResult result, string id) => Assert.Single(result.Organizations, o => o.Id == id);
}
