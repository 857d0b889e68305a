using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// The JSON shape of one entry of a rule file's "tests" section. JsonElement keeps "absent" (Undefined)
// apart from an explicit null, which for "band" means "no band is expected" (e.g. revoked stars).
internal sealed class RuleTestDocument
{
    public string? Id { get; set; }
    public string? Description { get; set; }
    public JsonElement Record { get; set; }
    public JsonElement Carried { get; set; }
    public RuleTestExpectDocument? Expect { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class RuleTestExpectDocument
{
    public decimal? Score { get; set; }
    public JsonElement Band { get; set; }
    public string? Rejection { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
