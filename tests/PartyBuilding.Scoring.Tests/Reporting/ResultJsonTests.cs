using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Reporting;

public sealed class ResultJsonTests
{
    [Fact]
    public void Serialize_Batch_IsIndentedWithUnixLineEndsAndUnescapedChinese()
    {
        var json = ResultJson.Serialize(SampleData.FiveGoodsUnderThreeReviews);

        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"label\": \"较好\"", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"ruleSet\": {\n    \"id\": \"five-goods-three-reviews\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Decimals_DropTrailingZeros()
    {
        var result = RuleFiles.SinglePoints().Score(RecordBuilder.Record("r1", ("x", 80.50m)));

        var json = ResultJson.Serialize(result);

        Assert.Contains("\"score\": 80.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"x\": 80.5", json, StringComparison.Ordinal);
    }
}
