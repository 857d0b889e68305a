using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// "ranking": { "groupBy": "type" | "parent", "tieBreakers": [ { "input": "x", "order": "descending" } ] }
internal sealed class RankingDocument
{
    public string? GroupBy { get; set; }
    public List<TieBreakerDocument?>? TieBreakers { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class TieBreakerDocument
{
    public string? Input { get; set; }
    public string? Order { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
