using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// "quotas": at most a share or count of a group may hold a band (名额限制).
internal sealed class QuotaDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Band { get; set; }
    public string? Within { get; set; }
    public decimal? MaxShare { get; set; }
    public int? MaxCount { get; set; }
    public string? AtBoundary { get; set; }
    public string? Message { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
