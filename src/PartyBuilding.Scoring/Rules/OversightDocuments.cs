using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// The JSON shape of the optional "dutyReview" and "rectification" sections (述职评议, 整改), as staff write them.

internal sealed class DutyReviewDocument
{
    public string? Input { get; set; }
    public Dictionary<string, decimal>? Grades { get; set; }
    public List<ReviewerCategoryDocument?>? Categories { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ReviewerCategoryDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public decimal? Weight { get; set; }
    public int? Trim { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class RectificationDocument
{
    public Dictionary<string, string>? Counts { get; set; }
    public List<string?>? Sources { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
