using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.Scoring.Rules;

// Source-generated System.Text.Json metadata for the rule-file documents, so loading a rule file needs no
// reflection: it works in trimmed and native-AOT apps and in apps that set
// System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault=false (file-based `dotnet run app.cs` does).
// The options are the loader's: camelCase names, strict numbers, no comments or trailing commas.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 64)]
[JsonSerializable(typeof(RuleFileDocument))]
internal sealed partial class RuleFileJsonContext : JsonSerializerContext;
