using CsCheck;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// The binder remembers, per thread, which input the key at each place of a record's values named, and reuses it when the
// next record has the very same string object at that place. Records that give the same key objects in another order,
// leave some out, or give equal keys as other string objects must score exactly as an engine that never reuses anything.
public sealed class QuickBindingTests
{
    // Given every key as a new string object in one fixed order, so it always looks keys up.
    private static readonly ScoringEngine Fresh = ScoringEngine.Parse(File.ReadAllText(Repository.File("rules/star-rating.json")));

    // Four inputs of one kind and range, each weighted differently: a value bound to the wrong input changes the score
    // instead of failing a check (which would send the record to the full binding and hide the mistake).
    private const string SameKindInputs = """
        { "id": "a", "title": "A", "type": "number", "min": 0, "max": 10 },
        { "id": "b", "title": "B", "type": "number", "min": 0, "max": 10 },
        { "id": "c", "title": "C", "type": "number", "min": 0, "max": 10 },
        { "id": "d", "title": "D", "type": "number", "min": 0, "max": 10 }
        """;

    private const string WeightedAreas = """
        { "id": "one", "title": "One", "max": 50, "criteria": [
          { "id": "ca", "title": "CA", "max": 10, "method": "formula", "expression": "a", "message": "{points}" },
          { "id": "cb", "title": "CB", "max": 20, "method": "formula", "expression": "b * 2", "message": "{points}" } ] },
        { "id": "two", "title": "Two", "max": 50, "criteria": [
          { "id": "cc", "title": "CC", "max": 30, "method": "formula", "expression": "c * 3", "message": "{points}" },
          { "id": "cd", "title": "CD", "max": 20, "method": "formula", "expression": "d * 0.5 + 1", "message": "{points}" } ] }
        """;

    private static readonly ScoringEngine Weighted = RuleFiles.Engine(SameKindInputs, WeightedAreas);

    private static readonly ScoringEngine WeightedFresh = RuleFiles.Engine(SameKindInputs, WeightedAreas);

    [Fact]
    public void Score_SameKindInputsInAnotherOrder_SameAsEngineThatLooksEveryKeyUp()
    {
        string[] keys = ["a", "b", "c", "d"];
        var records =
            from values in Gen.Int[0, 10].Array[4]
            from order in Gen.Int.Array[4]
            from drop in Gen.Int[-1, 3]
            from copyKeys in Gen.Bool
            select Reordered(
                new OrganizationRecord("r01") { Values = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => (InputValue)values[p.i]) },
                order, drop, copyKeys);

        records.Array[2, 8].Sample(batch => AssertSame(Weighted, WeightedFresh, batch), iter: 300, print: Print);
    }

    [Fact]
    public void Score_SameKeysInAnotherOrderOrAsNewStrings_SameAsEngineThatLooksEveryKeyUp()
    {
        var records =
            from record in RecordGen.Record(StarRating.Engine, "r01")
            from order in Gen.Int.Array[record.Values.Count]
            from drop in Gen.Int[-1, record.Values.Count - 1]
            from copyKeys in Gen.Bool
            select Reordered(record, order, drop, copyKeys);

        records.Array[2, 8].Sample(batch => AssertSame(StarRating.Engine, Fresh, batch), iter: 300, print: Print);
    }

    private static void AssertSame(ScoringEngine engine, ScoringEngine fresh, OrganizationRecord[] batch)
    {
        foreach (var record in batch)
        {
            var remembered = engine.TryScore(record, ScoreOptions.WithoutTrace, out var result, out var rejection);
            var lookedUp = fresh.TryScore(WithNewKeys(record), ScoreOptions.WithoutTrace, out var expected, out var expectedRejection);

            Assert.Equal(lookedUp, remembered);
            Assert.Equal(expectedRejection, rejection);
            if (remembered)
            {
                Assert.Equal((expected!.Score, expected.Band, expected.BandBeforeVetoes), (result!.Score, result.Band, result.BandBeforeVetoes));
                Assert.Equal(expected.Areas, result.Areas);
                Assert.Equal(expected.Vetoes, result.Vetoes);
            }
        }
    }

    private static string Print(OrganizationRecord[] batch) => string.Join(" | ", batch.Select(RecordGen.Print));

    // The same values in the order given by `order`, one left out when `drop` ≥ 0, keys shared or copied.
    private static OrganizationRecord Reordered(OrganizationRecord record, int[] order, int drop, bool copyKeys)
    {
        var entries = record.Values.Where((_, i) => i != drop).Zip(order).OrderBy(p => p.Second).Select(p => p.First);
        return record with { Values = entries.ToDictionary(e => copyKeys ? new string(e.Key) : e.Key, e => e.Value) };
    }

    // The reference: keys as new string objects (nothing to reuse) in one fixed order.
    private static OrganizationRecord WithNewKeys(OrganizationRecord record) =>
        record with { Values = record.Values.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => new string(e.Key), e => e.Value) };
}
