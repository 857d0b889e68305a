using System.Globalization;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Reporting;

// Output must not depend on the machine's culture: a decimal comma (de-DE), other digits and
// separators (ar-SA, fa-IR) or a different casing table (tr-TR) must change nothing.
public sealed class CultureIndependenceTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    public void ScoreAndReport_UnderAnotherCulture_AreByteIdentical(string culture)
    {
        var (json, table, trace, loadError) = Produce();

        var other = RunUnder(new CultureInfo(culture), Produce);

        Assert.Equal(json, other.Json);
        Assert.Equal(table, other.Table);
        Assert.Equal(trace, other.Trace);
        Assert.Equal(loadError, other.LoadError);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    [InlineData("tr-TR")]
    public void AssessmentCycle_UnderAnotherCulture_IsByteIdentical(string culture)
    {
        static (string Json, string Text) Cycle()
        {
            var catalog = CycleData.Catalog("rules/star-rating-cycle-2024.json", "rules/star-rating-cycle-2026.json");
            var result = new PartyBuilding.Scoring.Cycle.AssessmentCycle(catalog).Compute(CycleData.SampleHistories(), CycleData.AsOf);
            return (CycleJson.Serialize(result, catalog), CycleText.Format(result, catalog));
        }

        var expected = Cycle();

        Assert.Equal(expected, RunUnder(new CultureInfo(culture), Cycle));
    }

    private static (string Json, string Table, string Trace, string LoadError) Produce()
    {
        var engine = ScoringEngine.Load(Repository.File("rules/five-goods-three-reviews.json"));
        var batch = SampleData.Score("rules/five-goods-three-reviews.json", "samples/data/five-goods.json");
        var error = Assert.Throws<PartyBuilding.Scoring.Rules.RuleFileException>(() => ScoringEngine.Load(Repository.TestData("invalid/band-gap.json")));
        return (
            ResultJson.Serialize(batch),
            RankedTable.Format(batch, engine.RuleSet),
            TraceText.Format(batch.Result("u02"), engine.RuleSet),
            error.Message);
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
