using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// "lagging": what makes an organization lagging (后进) and what follows for it.
internal sealed class LaggingDocument
{
    public string? Title { get; set; }
    public decimal? ScoreBelow { get; set; }
    public List<string?>? Bands { get; set; }
    public bool? Revoked { get; set; }
    public int? BottomCount { get; set; }
    public decimal? BottomShare { get; set; }
    public LaggingRectificationDocument? Rectification { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class LaggingRectificationDocument
{
    public string? Plan { get; set; }
    public string? Responsible { get; set; }
    public string? Deadline { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

// "rollups": constraints over the organizations under a parent (e.g. the share of five-star branches).
internal sealed class RollupDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Over { get; set; }
    public List<string?>? ParentTypes { get; set; }
    public List<string?>? Bands { get; set; }
    public decimal? MinimumShare { get; set; }
    public string? Message { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
