using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// "components": results of other assessments carried into this one (see ComponentDefinition).
internal sealed class ComponentDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Input { get; set; }
    public string? From { get; set; }
    public string? Take { get; set; }
    public string? WhenMissing { get; set; }
    public string? WhenRevoked { get; set; }
    public string? Rollup { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
