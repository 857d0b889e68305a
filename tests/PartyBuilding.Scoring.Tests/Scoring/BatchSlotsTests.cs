using CsCheck;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// The batch keeps each result in a compact slot (area points and totals packed into 8 bytes) and rebuilds it when read:
// every decimal comes back with the same bits (value, scale, sign), also one too wide to pack.
public sealed class BatchSlotsTests
{
    [Fact]
    public void PackedDecimal_AnyDecimal_PackedOnlyWhenItComesBackWithTheSameBits() =>
        Gen.Decimal.Sample(value =>
        {
            if (PackedDecimal.TryPack(value, out var packed))
            {
                Assert.True(packed >= 0);
                Assert.Equal(decimal.GetBits(value), decimal.GetBits(PackedDecimal.Unpack(packed)));
            }
            else
            {
                Assert.True(decimal.GetBits(value)[2] != 0 || decimal.GetBits(value)[1] >= 1 << 22);
            }
        });

    [Theory]
    [InlineData("24.80")]
    [InlineData("-0.0")]
    [InlineData("0")]
    [InlineData("99.999999999999")]
    [InlineData("-3")]
    public void PackedDecimal_ScoreLikeValues_PackWithScaleAndSign(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(PackedDecimal.TryPack(value, out var packed));
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(PackedDecimal.Unpack(packed)));
    }

    [Fact]
    public void Materialize_TotalAndPointsTooWideToPack_ComeBackExactly()
    {
        var scored = StarRating.Engine.Score(StarRating.Perfect("w1"));
        var wide = 79228162514264337593543950335m;
        var result = scored with
        {
            Total = wide,
            Areas = [.. scored.Areas.Select((a, i) => i == 1 ? a with { Points = -wide / 1000m } : a)],
        };
        var slots = new BatchSlots(result.RuleSet);

        slots.Store(slots.Add(result.Id, result.Parent, 2), result, []);

        Assert.Equal(ResultJson.Serialize(result), ResultJson.Serialize(slots.Materialize(0)));
    }

    // Review 3, finding 6: bands were indexed in a byte, so the 256th distinct band a batch met (bandsByType gives each
    // category its own table of up to 100) ended the whole batch with InvalidOperationException.
    [Fact]
    public void ScoreBatch_MoreThan255DistinctBandsAcrossTypeTables_EachResultKeepsItsBand()
    {
        string[] types = ["t0", "t1", "t2"];
        string Table(string type) => "[" + string.Join(",", Enumerable.Range(0, 100).Select(i => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $$"""{ "id": "{{type}}b{{i}}", "label": "{{type}} {{i}}", "level": {{i}}, "range": "[{{i}}, {{i + 1}}{{(i == 99 ? "]" : ")")}}" }"""))) + "]";
        var engine = RuleFiles.SinglePoints(more: $$"""
              "categories": [{{string.Join(",", types.Select(t => $$"""{ "id": "{{t}}", "title": "{{t}}" }"""))}}],
              "bandsByType": { {{string.Join(",", types.Select(t => $"\"{t}\": {Table(t)}"))}} },
            """);
        var records = types.SelectMany(type => Enumerable.Range(0, 100).Select(i =>
            new OrganizationRecord($"{type}-{i}") { Type = type, Values = RecordBuilder.Values(("x", i)) })).ToList();

        var batch = engine.ScoreBatch(records);

        Assert.Equal(300, batch.Results.Count);
        Assert.Equal(300, batch.Results.Select(r => r.Result.Band).Distinct().Count());
        Assert.All(batch.Results, ranked => Assert.Equal(engine.Score(records.Single(r => r.Id == ranked.Result.Id)).Band, ranked.Result.Band));
    }
}
