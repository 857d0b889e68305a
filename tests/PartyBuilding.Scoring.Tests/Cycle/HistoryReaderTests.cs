using System.Text;
using PartyBuilding.Scoring.Cycle;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Cycle;

public sealed class HistoryReaderTests
{
    [Fact]
    public void Read_DamagedOrganization_IsRejectedWithEveryProblemAndTheOthersAreRead()
    {
        var items = HistoryReader.Read(Encoding.UTF8.GetBytes("""
            [
              { "id": "ok", "years": { "2026": { "c1": [80] } } },
              { "id": "bad", "colour": "red",
                "years": { "26": {}, "2026": { "c1": ["high"] } },
                "events": [ { "date": "2026/05/01", "kind": "violation", "casue": "迟报" } ],
                "determinations": [ { "steps": [ { "step": "apply", "date": "2026-01-01" } ] } ] }
            ]
            """));

        Assert.Equal(2, items.Count);
        Assert.Equal("ok", items[0].History?.Id);
        Assert.Equal(
            "bad (line 3): PBR210: \"colour\" is not a history field (use \"id\", \"name\", \"type\", \"parent\", \"years\", \"events\", \"determinations\"). "
            + "\"26\" in \"years\" must be a year from 1900 to 9998 holding an object of components. "
            + "a period of 2026.c1 must be a score (a number), { \"values\": { … } } or null for a missing period. "
            + "\"casue\" is not a field of \"events\" (use \"date\", \"kind\", \"cause\"). "
            + "an event needs its \"date\" as a date written yyyy-MM-dd (found \"2026/05/01\"). "
            + "an event needs its \"cause\" text. "
            + "a determination needs its \"assessedYear\" (a whole number).",
            items[1].Rejection?.ToString());
    }

    [Fact]
    public void Compute_FileWithDamagedOrganization_CountsItAsReadAndRejected()
    {
        var items = HistoryReader.Read(Encoding.UTF8.GetBytes("""[ { "id": "a" }, { "name": "no id" } ]"""));

        var result = new AssessmentCycle(CycleData.StarRatingCycle).Compute(items, CycleData.AsOf);

        Assert.Equal(2, result.Read);
        Assert.Equal(["a"], result.Organizations.Select(o => o.Id));
        Assert.Equal("(no id) (line 1): PBR210: the organization has no \"id\" text.", Assert.Single(result.Rejected).ToString());
    }

    [Fact]
    public void Compute_TwoOrganizationsWithOneId_RejectsBoth()
    {
        var items = HistoryReader.Read(Encoding.UTF8.GetBytes("[\n{ \"id\": \"a\" },\n{ \"id\": \"a\" }\n]"));

        var result = new AssessmentCycle(CycleData.StarRatingCycle).Compute(items, CycleData.AsOf);

        Assert.Empty(result.Organizations);
        Assert.Equal(
            [
                "a (line 2): PBR210: the id \"a\" is used by 2 organizations; ids must be unique, so none of them is computed.",
                "a (line 3): PBR210: the id \"a\" is used by 2 organizations; ids must be unique, so none of them is computed.",
            ],
            result.Rejected.Select(r => r.ToString()));
    }

    [Fact]
    public void Read_NotAnArray_FailsAsAWhole()
    {
        var ex = Assert.Throws<InvalidDataException>(() => HistoryReader.Read(Encoding.UTF8.GetBytes("""{ "id": "a" }""")));

        Assert.Equal("The history file must hold a JSON array of organizations: [ { \"id\": …, \"years\": { … } }, … ].", ex.Message);
    }
}
