using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// The JSON shape of the assessment-cycle sections (periods, starValidity, events, procedure), as staff write
// them. Loose on purpose, like RuleFileDocument: the validator says what is wrong.

internal sealed class PeriodsDocument
{
    public List<PeriodComponentDocument?>? Components { get; set; }
    public string? YearRulesOn { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class PeriodComponentDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Frequency { get; set; }
    public string? Method { get; set; }
    public string? Missing { get; set; }
    public string? Source { get; set; }
    public decimal? Weight { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class StarValidityDocument
{
    public int? Years { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class EventRuleDocument
{
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? Action { get; set; }
    public int? Levels { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ProcedureStepDocument
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public bool? Required { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}
