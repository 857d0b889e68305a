using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Tests.TestSupport;
using Snapshooter.Xunit3;

namespace PartyBuilding.Scoring.Tests.Cycle;

// The sample branch history against the hand calculation in samples/data/EXPECTED-history.md.
public sealed class SampleHistoryTests
{
    [Fact]
    public void Compute_SampleHistory_YearsMatchHandCalculation()
    {
        var years = CycleData.SampleResult.Organizations.SelectMany(o => o.Years)
            .Select(y => $"{y.OrganizationId} {y.Year} {y.Unrounded} {y.Score} {y.BandBeforeVetoes.Label} {y.Band?.Label ?? "-"} {y.RuleSet.Version}");

        Assert.Equal(
            [
                "b21 2024 93.3 93 四星 四星 2024.1",
                "b21 2025 82.25 82 三星 二星 2024.1",
                "b21 2026 92.85 93 五星 五星 2026.1",
                "b22 2024 96.5 97 五星 五星 2024.1",
                "b22 2025 88.875 89 三星 - 2024.1",
            ],
            years);
    }

    [Fact]
    public void Compute_SampleHistory_ComponentsMatchHandCalculation()
    {
        var b21 = CycleData.SampleResult.Organization("b21").Years[1];

        Assert.Equal(
            ["inspection 90 0.2 2025-07", "routine 67.5 0.3 2025-Q3", "yearEnd 88 0.5 "],
            b21.Components.Select(c => $"{c.Id} {c.Score} {c.AppliedWeight} {string.Join(",", c.MissingPeriods)}"));
        Assert.Equal(["lowerForDisciplineViolation"], b21.Vetoes.Select(v => v.Id));
    }

    [Fact]
    public void Compute_SampleHistory_StarHistoryMatchesHandCalculation()
    {
        var stars = CycleData.SampleResult.Organizations.SelectMany(o => o.Stars.Select(s =>
            $"{o.Id} {s.Date:yyyy-MM-dd} {s.Kind} {s.From?.Label ?? "-"}>{s.To?.Label ?? "-"} {s.ValidUntil:yyyy-MM-dd} {s.RuleSet.Version}"));

        Assert.Equal(
            [
                "b21 2025-03-03 Determined ->四星 2027-03-02 2024.1",
                "b21 2025-06-12 Lowered 四星>三星 2027-03-02 2024.1",
                "b21 2027-02-26 Determined 三星>五星 2029-02-25 2026.1",
                "b22 2025-04-15 Determined ->五星 2027-04-14 2024.1",
                "b22 2025-09-30 Revoked 五星>-  2024.1",
                "b22 2025-11-20 NoStarHeld ->-  2024.1",
            ],
            stars);
    }

    [Fact]
    public void Compute_SampleHistory_RejectsSkippedStepMissingYearEndAndUnknownEvent()
    {
        var result = CycleData.SampleResult;

        Assert.Equal(3, result.Read);
        Assert.Equal(
            [
                "b22 (line 127): PBR207: determination of 2025-02-20 (assessed year 2024): the required step \"preliminaryReview\" (上级党组织初审) was skipped; a star level is determined only after every required step of the procedure.",
                "b23 (line 222): PBR203: year 2024: the period 2024 of \"yearEnd\" (年终考核) is missing, and the rule file rejects a year with a missing period (\"missing\": \"reject\").",
                "b23 (line 222): PBR209: determination of 2025-03-10 (assessed year 2024): there is no annual result for 2024 (no data, rejected, or not yet ended) to determine the level from.",
                "b23 (line 222): PBR206: event of 2025-05-01 (lateReport): \"lateReport\" is not an event kind of star-rating-cycle 2024.1 (\"seriousViolation\", \"disciplineViolation\", \"failedRectification\").",
            ],
            result.Rejected.Select(r => r.ToString()));
    }

    [Fact]
    public void StarOn_SampleBranch_GivesTheLevelHeldThatDay()
    {
        var b21 = CycleData.SampleResult.Organization("b21");

        Assert.Null(b21.StarOn(new DateOnly(2025, 3, 2)));
        Assert.Equal("四星", b21.StarOn(new DateOnly(2025, 3, 3))?.Label);
        Assert.Equal("三星", b21.StarOn(new DateOnly(2025, 6, 12))?.Label);
        Assert.Equal("五星", b21.StarOn(new DateOnly(2027, 12, 31))?.Label);
    }

    [Fact]
    public void Serialize_SampleHistory_MatchesSnapshot()
    {
        Snapshot.Match(CycleJson.Serialize(CycleData.SampleResult, CycleData.StarRatingCycle));
    }

    [Fact]
    public void Compute_HistoriesInReverseOrder_GiveTheSameJson()
    {
        var reversed = new AssessmentCycle(CycleData.StarRatingCycle).Compute(CycleData.SampleHistories().Reverse(), CycleData.AsOf);

        Assert.Equal(CycleJson.Serialize(CycleData.SampleResult, CycleData.StarRatingCycle), CycleJson.Serialize(reversed, CycleData.StarRatingCycle));
    }
}
