using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// The JSON shape of a rule file, as staff write it. Mutable and loose on purpose:
// it only carries what was written so the validator can say what is wrong with it.
// Nothing outside Rules/ sees these types.

internal sealed class RuleFileDocument
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Version { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? Description { get; set; }
    public string? Source { get; set; }
    public ScoreRangeDocument? ScoreRange { get; set; }
    public string? PointsOutOfRange { get; set; }
    public RoundingDocument? Rounding { get; set; }
    public List<CategoryDocument?>? Categories { get; set; }
    public List<InputDocument?>? Inputs { get; set; }
    public List<AreaDocument?>? Areas { get; set; }
    public List<ReviewSourceDocument?>? Reviews { get; set; }
    public List<BandDocument?>? Bands { get; set; }
    public Dictionary<string, List<BandDocument?>?>? BandsByType { get; set; }
    public List<VetoDocument?>? Vetoes { get; set; }
    public DutyReviewDocument? DutyReview { get; set; }
    public RectificationDocument? Rectification { get; set; }
    public List<ComponentDocument?>? Components { get; set; }
    public RankingDocument? Ranking { get; set; }
    public LaggingDocument? Lagging { get; set; }
    public List<RollupDocument?>? Rollups { get; set; }
    public List<QuotaDocument?>? Quotas { get; set; }
    public List<PeerDocument?>? Peers { get; set; }
    public List<ChildInputDocument?>? ChildInputs { get; set; }
    public string? EffectiveUntil { get; set; }
    public PeriodsDocument? Periods { get; set; }
    public StarValidityDocument? StarValidity { get; set; }
    public List<EventRuleDocument?>? Events { get; set; }
    public List<ProcedureStepDocument?>? Procedure { get; set; }
    public List<RuleTestDocument?>? Tests { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ScoreRangeDocument
{
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class RoundingDocument
{
    public int? Decimals { get; set; }
    public string? Mode { get; set; }
    public List<string?>? ApplyTo { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class CategoryDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class InputDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Type { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public List<string?>? Choices { get; set; }
    public string? Unit { get; set; }
    public string? Description { get; set; }
    public bool? Required { get; set; }
    public JsonElement? Default { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class AreaDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public decimal? Max { get; set; }
    public decimal? Cap { get; set; }
    public List<string?>? AppliesTo { get; set; }
    public Dictionary<string, decimal>? MaxByType { get; set; }
    public List<CriterionDocument?>? Criteria { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class CriterionDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public decimal? Max { get; set; }
    public Dictionary<string, decimal>? MaxByType { get; set; }
    public List<string?>? AppliesTo { get; set; }
    public string? Kind { get; set; }
    public string? Method { get; set; }
    public string? Input { get; set; }
    public decimal? PointsIfNotMet { get; set; }
    public decimal? PerOccurrence { get; set; }
    public decimal? Cap { get; set; }
    public Dictionary<string, decimal>? Points { get; set; }
    public string? Expression { get; set; }
    public string? Message { get; set; }
    public string? EffectiveFrom { get; set; }
    public int? DeadlineDays { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ReviewSourceDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public decimal? Weight { get; set; }
    public string? Supplies { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class BandDocument
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public int? Level { get; set; }
    public string? Range { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class VetoDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? When { get; set; }
    public string? Action { get; set; }
    public int? Levels { get; set; }
    public int? MaxLevel { get; set; }
    public decimal? MaxScore { get; set; }
    public string? Message { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
