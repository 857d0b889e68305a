using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// "peers": inputs filled from the same input of the other organizations of the batch (peer-relative criteria).
internal sealed class PeerDocument
{
    public string? Input { get; set; }
    public string? Of { get; set; }
    public string? Statistic { get; set; }
    public string? Within { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
