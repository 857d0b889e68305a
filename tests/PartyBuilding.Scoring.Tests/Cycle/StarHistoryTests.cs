using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Cycle;

// Determinations, validity, events and the procedure on a small inline rule file: one yearly score component,
// bands 合格 (level 2, 60 and above) and 不合格 (level 1), stars valid 2 years, steps apply → review → decide (+ optional publicize).
public sealed class StarHistoryTests
{
    private const string StarSections = """
        "starValidity": { "years": 2 },
        "events": [
          { "kind": "violation", "title": "违纪", "action": "lower", "levels": 1 },
          { "kind": "serious", "title": "严重违纪", "action": "revoke" }
        ],
        "procedure": [
          { "id": "apply", "title": "申报" },
          { "id": "review", "title": "初审" },
          { "id": "publicize", "title": "公示", "required": false },
          { "id": "decide", "title": "认定" }
        ],
        """;

    private static readonly AssessmentCycle Cycle = new(RuleSetCatalog.Create(
        [PeriodCombinationTests.Engine(PeriodCombinationTests.Component("year", "last", "reject", 1), StarSections)]));

    [Fact]
    public void Compute_NoRenewal_ExpiresTheDayAfterTheValidityEnds()
    {
        var cycle = Compute(History(Determination("2027-01-10", "2027-01-20", "2027-02-01")), "2030-01-01");

        Assert.Equal(
            ["2027-02-01 Determined ->合格 2029-01-31", "2029-02-01 Expired 合格>- "],
            Changes(cycle));
        Assert.Equal("the level determined on 2027-02-01 was valid through 2029-01-31 and no new determination followed.", cycle.Stars[1].Cause);
    }

    [Fact]
    public void Compute_ExpiryAfterAsOf_IsNotApplied()
    {
        var cycle = Compute(History(Determination("2027-01-10", "2027-01-20", "2027-02-01")), "2029-01-31");

        Assert.Equal(["2027-02-01 Determined ->合格 2029-01-31"], Changes(cycle));
    }

    [Fact]
    public void Compute_TwoLowerings_StopAtTheLowestBand()
    {
        var history = History(Determination("2027-01-10", "2027-01-20", "2027-02-01")) with
        {
            Events = [new StarEvent(new DateOnly(2027, 5, 1), "violation", "一"), new StarEvent(new DateOnly(2027, 6, 1), "violation", "二")],
        };

        var cycle = Compute(history, "2027-12-31");

        Assert.Equal(
            ["2027-02-01 Determined ->合格 2029-01-31", "2027-05-01 Lowered 合格>不合格 2029-01-31", "2027-06-01 Lowered 不合格>不合格 2029-01-31"],
            Changes(cycle));
        Assert.Equal("违纪: 二", cycle.Stars[2].Cause);
    }

    [Fact]
    public void Compute_RevokedThenRedetermined_HoldsTheNewLevel()
    {
        var history = History(
            Determination("2027-01-10", "2027-01-20", "2027-02-01"),
            Determination("2027-09-01", "2027-09-10", "2027-09-20")) with
        {
            Events = [new StarEvent(new DateOnly(2027, 5, 1), "serious", "立案审查")],
        };

        var cycle = Compute(history, "2027-12-31");

        Assert.Equal(
            ["2027-02-01 Determined ->合格 2029-01-31", "2027-05-01 Revoked 合格>- ", "2027-09-20 Determined ->合格 2029-09-19"],
            Changes(cycle));
    }

    [Fact]
    public void Compute_DeterminationWithoutRequiredStep_IsRejectedAndGrantsNothing()
    {
        var history = History(new Determination(2026, [Step("apply", "2027-01-10"), Step("decide", "2027-02-01")]));

        var result = Cycle.Compute([history], new DateOnly(2027, 12, 31));

        Assert.Empty(result.Organizations[0].Stars);
        Assert.Equal(
            "o1: PBR207: determination of 2027-02-01 (assessed year 2026): the required step \"review\" (初审) was skipped; a star level is determined only after every required step of the procedure.",
            Assert.Single(result.Rejected).ToString());
    }

    [Theory]
    [InlineData("review", "2027-01-05", "PBR208: determination of 2027-02-01 (assessed year 2026): the step \"review\" (初审) on 2027-01-05 comes before \"apply\" (申报) on 2027-01-10, but the procedure puts \"apply\" first.")]
    [InlineData("audit", "2027-01-15", "PBR208: determination of 2027-02-01 (assessed year 2026): \"audit\" is not a step of the procedure (\"apply\", \"review\", \"publicize\", \"decide\").")]
    [InlineData("apply", "2027-01-15", "PBR208: determination of 2027-02-01 (assessed year 2026): the step \"apply\" is given twice.")]
    public void Compute_StepsOutOfOrderUnknownOrRepeated_AreRejected(string step, string date, string expected)
    {
        DeterminationStep[] steps = [Step("apply", "2027-01-10"), Step(step, date), Step("review", "2027-01-20"), Step("decide", "2027-02-01")];
        var history = History(new Determination(2026, [.. steps.Where((s, i) => !(step == "review" && i == 2))]));

        var result = Cycle.Compute([history], new DateOnly(2027, 12, 31));

        Assert.Equal("o1: " + expected, Assert.Single(result.Rejected).ToString());
    }

    [Fact]
    public void Compute_StepsOnTheSameDayOrListedOutOfOrder_AreAcceptedByTheirDates()
    {
        // Dates may repeat (non-decreasing), and the order the file lists the steps in does not matter: the procedure's does.
        var sameDay = Compute(History(Determination("2027-01-10", "2027-01-10", "2027-01-10")), "2027-12-31");
        var listedBackwards = Compute(History(new Determination(2026, [Step("decide", "2027-02-01"), Step("review", "2027-01-20"), Step("apply", "2027-01-10")])), "2027-12-31");

        Assert.Equal(["2027-01-10 Determined ->合格 2029-01-09"], Changes(sameDay));
        Assert.Equal(["2027-02-01 Determined ->合格 2029-01-31"], Changes(listedBackwards));
    }

    [Fact]
    public void Compute_LastStepDatedBeforeThePreviousOne_IsRejectedAndTheHeldLevelStays()
    {
        var history = History(
            Determination("2027-01-10", "2027-01-20", "2027-02-01"),
            new Determination(2026, [Step("apply", "2027-09-01"), Step("review", "2027-09-20"), Step("publicize", "2027-09-25"), Step("decide", "2027-09-22")]));

        var result = Cycle.Compute([history], new DateOnly(2027, 12, 31));

        Assert.Equal(
            "o1: PBR208: determination of 2027-09-25 (assessed year 2026): the step \"decide\" (认定) on 2027-09-22 comes before \"publicize\" (公示) on 2027-09-25, but the procedure puts \"publicize\" first.",
            Assert.Single(result.Rejected).ToString());
        Assert.Equal(["2027-02-01 Determined ->合格 2029-01-31"], Changes(Assert.Single(result.Organizations)));
    }

    [Fact]
    public void Compute_OptionalStepLeftOut_IsAccepted()
    {
        var cycle = Compute(History(Determination("2027-01-10", "2027-01-20", "2027-02-01")), "2027-12-31");

        Assert.Equal("合格", cycle.StarOn(new DateOnly(2027, 2, 1))?.Label);
    }

    [Fact]
    public void Compute_DeterminationBeforeTheAssessedYearEnds_IsRejected()
    {
        var history = History(Determination("2026-11-10", "2026-11-20", "2026-12-01"));

        var result = Cycle.Compute([history], new DateOnly(2027, 12, 31));

        Assert.Equal(
            "o1: PBR209: determination of 2026-12-01 (assessed year 2026): it is made before the assessed year 2026 has ended, when its annual result cannot be known yet.",
            Assert.Single(result.Rejected).ToString());
    }

    [Fact]
    public void Compute_EventWithoutAStar_IsKeptOnRecord()
    {
        var history = History() with { Events = [new StarEvent(new DateOnly(2027, 3, 1), "violation", "迟报")] };

        var cycle = Compute(history, "2027-12-31");

        Assert.Equal(["2027-03-01 NoStarHeld ->- "], Changes(cycle));
    }

    [Fact]
    public void Compute_RuleSetWithoutStarSections_RejectsDeterminations()
    {
        var cycle = new AssessmentCycle(RuleSetCatalog.Create([PeriodCombinationTests.Engine(PeriodCombinationTests.Component("year", "last", "reject", 1))]));

        var result = cycle.Compute([History(Determination("2027-01-10", "2027-01-20", "2027-02-01"))], new DateOnly(2027, 12, 31));

        Assert.Equal(
            "o1: PBR201: determination of 2027-02-01 (assessed year 2026): test 1, in force on 2027-02-01, declares no \"starValidity\" and \"procedure\" for determinations.",
            Assert.Single(result.Rejected).ToString());
    }

    [Fact]
    public void Compute_DeterminationWhoseValidityPassesTheLastCalendarDay_IsRejectedNotACrash()
    {
        var history = History(Determination("9999-01-10", "9999-01-20", "9999-02-01"));

        var result = Cycle.Compute([history], new DateOnly(9999, 12, 31));

        Assert.Empty(result.Organizations[0].Stars);
        Assert.Equal(
            "o1: PBR210: determination of 9999-02-01 (assessed year 2026): a level determined on 9999-02-01 would be valid 2 years, past the last date the calendar can hold (9999-12-31); check the dates of the steps.",
            Assert.Single(result.Rejected).ToString());
    }

    private static OrganizationCycle Compute(OrganizationHistory history, string asOf)
    {
        var result = Cycle.Compute([history], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.Rejected);
        return Assert.Single(result.Organizations);
    }

    private static IEnumerable<string> Changes(OrganizationCycle cycle) =>
        cycle.Stars.Select(s => $"{s.Date:yyyy-MM-dd} {s.Kind} {s.From?.Label ?? "-"}>{s.To?.Label ?? "-"} {s.ValidUntil:yyyy-MM-dd}");

    private static OrganizationHistory History(params Determination[] determinations) => new("o1")
    {
        Years = [new AssessmentYear(2026, new Dictionary<string, IReadOnlyList<PeriodEntry?>> { ["c1"] = PeriodCombinationTests.Scores(75) })],
        Determinations = determinations,
    };

    private static Determination Determination(string apply, string review, string decide) =>
        new(2026, [Step("apply", apply), Step("review", review), Step("decide", decide)]);

    private static DeterminationStep Step(string step, string date) => new(step, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
}
