using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Rules;

// Re-serialising a rule file (property order, indentation, \u escapes, "$schema") changes neither its identity nor its results.
public sealed class RuleFileIdentityTests
{
    private static readonly string StarRatingJson = File.ReadAllText(Repository.File("rules/star-rating.json"));

    private static string Reserialise(string json, int seed, bool indented, bool escapeNonAscii, bool dropSchema)
    {
        var random = new Random(seed);
        var node = Shuffle(JsonNode.Parse(json)!, random);
        if (dropSchema)
        {
            node.AsObject().Remove("$schema");
        }

        return node.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = escapeNonAscii ? JavaScriptEncoder.Default : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    private static JsonNode Shuffle(JsonNode node, Random random) => node switch
    {
        JsonObject o => new JsonObject(o.ToList().OrderBy(_ => random.Next()).Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Shuffle(p.Value, random)))),
        JsonArray a => new JsonArray([.. a.Select(i => i is null ? null : Shuffle(i, random))]),
        _ => node.DeepClone(),
    };

    // Each iteration loads and compiles the whole file (about 10 ms), so 100 iterations keep the suite fast.
    [Fact]
    public void Reserialise_StarRating_KeepsIdentityAndResults()
    {
        var original = ScoringEngine.Parse(StarRatingJson, "star-rating.json");
        var records = RecordReader.ReadFile(Repository.File("samples/data/organizations.json"), original.RuleSet);
        var expected = ResultJson.Serialize(original.ScoreBatch(records));
        var gen = Gen.Select(Gen.Int, Gen.Bool, Gen.Bool, Gen.Bool);

        gen.Sample((seed, indented, escape, dropSchema) =>
        {
            var engine = ScoringEngine.Parse(Reserialise(StarRatingJson, seed, indented, escape, dropSchema), "reserialised.json");

            Assert.Equal(original.RuleSet.Identity, engine.RuleSet.Identity);
            Assert.Equal(expected, ResultJson.Serialize(engine.ScoreBatch(records)));
        }, iter: 100);
    }

    [Fact]
    public void ChangedNumber_ChangesTheIdentity()
    {
        var changed = StarRatingJson.Replace("\"perOccurrence\": 0.5", "\"perOccurrence\": 0.6", StringComparison.Ordinal);

        Assert.NotEqual(
            ScoringEngine.Parse(StarRatingJson).RuleSet.Identity.Sha256,
            ScoringEngine.Parse(changed).RuleSet.Identity.Sha256);
    }
}
