using CsCheck;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.Cycle;

namespace PartyBuilding.Scoring.Tests.Properties;

// Laws of the annual result, over random period scores (missing periods included) of the three missing-period policies.
public sealed class CycleLawTests
{
    private static readonly AssessmentCycle Cycle = new(RuleSetCatalog.Create([PeriodCombinationTests.Engine(
        PeriodCombinationTests.Component("month", "mean", "exclude", 0.2m, id: "m") + ", "
        + PeriodCombinationTests.Component("quarter", "mean", "zero", 0.3m, id: "q") + ", "
        + PeriodCombinationTests.Component("year", "last", "reject", 0.5m, id: "y"))]));

    private static readonly Gen<decimal?> PeriodScore = Gen.Frequency((4, Gen.Int[0, 1000].Select(i => (decimal?)(i / 10m))), (1, Gen.Const((decimal?)null)));

    private static readonly Gen<(decimal?[] Months, decimal?[] Quarters, decimal Year)> Years =
        from months in PeriodScore.Array[12]
        from quarters in PeriodScore.Array[4]
        from year in Gen.Int[0, 1000]
        select (months, quarters, year / 10m);

    [Fact]
    public void Compute_AHigherPeriodScore_NeverLowersTheAnnualScoreOrBand()
    {
        var gen = from year in Years from month in Gen.Int[0, 11] from raise in Gen.Int[1, 300] select (year, month, raise / 10m);

        gen.Sample((year, month, raise) =>
        {
            var low = Annual(year.Months, year.Quarters, year.Year);
            var months = (decimal?[])year.Months.Clone();
            months[month] = Math.Min(100m, (months[month] ?? 100m) + raise);
            var high = Annual(months, year.Quarters, year.Year);

            // A month that was missing (left out) may pull a mean down when given; only given months are raised here.
            if (year.Months[month] is null)
            {
                return;
            }

            Assert.True(high.Score >= low.Score, $"{low.Score} → {high.Score}");
            Assert.True(high.Band!.Level >= low.Band!.Level);
        }, iter: 500);
    }

    [Fact]
    public void Compute_AnyPeriodScores_StayWithinTheScoreRange()
    {
        Years.Sample(year =>
        {
            var result = Annual(year.Months, year.Quarters, year.Year);

            Assert.InRange(result.Score, 0m, 100m);
            Assert.Equal(1m, result.Components.Sum(c => c.AppliedWeight));
        }, iter: 500);
    }

    private static AnnualResult Annual(decimal?[] months, decimal?[] quarters, decimal year)
    {
        var history = new OrganizationHistory("o1")
        {
            Years =
            [
                new AssessmentYear(2026, new Dictionary<string, IReadOnlyList<PeriodEntry?>>
                {
                    ["m"] = PeriodCombinationTests.Scores(months),
                    ["q"] = PeriodCombinationTests.Scores(quarters),
                    ["y"] = PeriodCombinationTests.Scores(year),
                }),
            ],
        };
        Assert.True(Cycle.TryComputeYear(history, 2026, out var result, out var rejection), rejection?.ToString());
        return result;
    }
}
