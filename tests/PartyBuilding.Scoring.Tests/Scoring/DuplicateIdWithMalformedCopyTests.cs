using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Inspections;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Regression (review finding 5): a record that could not be read was rejected without entering the duplicate check,
// so a valid record with the same id was scored as if unique. Every record sharing an id is rejected (PBR002); a copy
// that could not be read keeps its own reason in the text.
public sealed class DuplicateIdWithMalformedCopyTests
{
    private const string Unreadable = "\"bogus\" is not a record field (use \"id\", \"name\", \"type\", \"parent\", \"values\", \"reviews\").";

    private static BatchResult Score(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return RuleFiles.SinglePoints().ScoreBatch(RecordReader.ReadJson(stream));
    }

    [Fact]
    public void ScoreBatch_DuplicateIdWhoseFirstCopyIsMalformed_RejectsBothCopies()
    {
        var batch = Score("""
            [
              { "id": "b01", "bogus": 1 },
              { "id": "b01", "values": { "x": 90 } },
              { "id": "b02", "values": { "x": 80 } }
            ]
            """);

        Assert.Equal(["b02"], batch.Results.Select(r => r.Result.Id));
        Assert.Equal(
            [
                $"b01 (line 2): PBR002: the id \"b01\" is used by 2 records (also on line 3); ids must be unique, so none of them is scored. This record is also rejected on its own (PBR011): {Unreadable}",
                "b01 (line 3): PBR002: the id \"b01\" is used by 2 records (also on line 2); ids must be unique, so none of them is scored.",
            ],
            batch.Rejected.Select(r => r.ToString()));
        Assert.Equal((3, 3), (batch.Read, batch.Results.Count + batch.Rejected.Count));
    }

    [Fact]
    public void ScoreBatch_DuplicateIdWhoseLastCopyIsMalformed_RejectsBothCopies()
    {
        var batch = Score("""
            [
              { "id": "b01", "values": { "x": 90 } },
              { "id": "b01", "bogus": 1 }
            ]
            """);

        Assert.Empty(batch.Results);
        Assert.Equal(
            [
                "b01 (line 2): PBR002: the id \"b01\" is used by 2 records (also on line 3); ids must be unique, so none of them is scored.",
                $"b01 (line 3): PBR002: the id \"b01\" is used by 2 records (also on line 2); ids must be unique, so none of them is scored. This record is also rejected on its own (PBR011): {Unreadable}",
            ],
            batch.Rejected.Select(r => r.ToString()));
    }

    [Fact]
    public void ScoreBatch_MalformedRecordWithUniqueId_KeepsItsOwnReason()
    {
        var batch = Score("""[ { "id": "b01", "bogus": 1 }, { "id": "b02", "values": { "x": 80 } } ]""");

        Assert.Equal([$"b01 (line 1): PBR011: {Unreadable}"], batch.Rejected.Select(r => r.ToString()));
        Assert.Equal(["b02"], batch.Results.Select(r => r.Result.Id));
    }

    [Fact]
    public void Score_InspectionIdSharedWithAnUnreadableInspection_RejectsBothCopies()
    {
        var scorer = new InspectionScorer(RuleSets.MonthlyInspection());
        InspectionReadResult[] records =
        [
            new(new InspectionRecord("i1", new DateOnly(2026, 1, 15), "t01") { SourceLine = 2 }, null),
            new(null, new RecordRejection("i1", 9, RecordRejectionCodes.MalformedInspection, "\"date\" is \"2026-13-01\", not a date written as yyyy-MM-dd.")),
        ];

        var batch = scorer.Score(records);

        Assert.Empty(batch.Inspections);
        Assert.Equal(
            [
                "i1 (line 2): PBR002: the inspection id \"i1\" is used by 2 records; ids must be unique, so none of them is scored.",
                "i1 (line 9): PBR002: the inspection id \"i1\" is used by 2 records; ids must be unique, so none of them is scored. This record is also rejected on its own (PBR310): \"date\" is \"2026-13-01\", not a date written as yyyy-MM-dd.",
            ],
            batch.Rejected.Select(r => r.ToString()));
    }

    [Fact]
    public void Evaluate_ProblemIdSharedWithAnUnreadableProblem_RejectsBothCopies()
    {
        ProblemReadResult valid = new(new Problem("p1", "e01", ProblemSource.Review, "甲", new DateOnly(2026, 5, 1)) { SourceLine = 2, Found = new DateOnly(2026, 1, 10) }, null);
        ProblemReadResult unreadable = new(null, new RecordRejection("p1", 7, RecordRejectionCodes.MalformedProblem, "\"deadline\" is missing."));

        var result = RectificationTracker.Evaluate([valid, unreadable], new DateOnly(2026, 3, 31));

        Assert.Empty(result.Problems);
        Assert.Equal(
            [
                "p1 (line 2): PBR321: the problem id \"p1\" is used more than once (lines 2, 7); none of them is counted.",
                "p1 (line 7): PBR321: the problem id \"p1\" is used more than once (lines 2, 7); none of them is counted. This record is also rejected on its own (PBR320): \"deadline\" is missing.",
            ],
            result.Rejected.Select(r => r.ToString()));
        Assert.Equal(2, result.Read);
    }
}
