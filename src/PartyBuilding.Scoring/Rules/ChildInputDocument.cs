using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// "childInputs": inputs of a parent's record filled from the scored results of the organizations under it.
internal sealed class ChildInputDocument
{
    public string? Input { get; set; }
    public string? Statistic { get; set; }
    public List<string?>? Bands { get; set; }
    public string? Over { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
