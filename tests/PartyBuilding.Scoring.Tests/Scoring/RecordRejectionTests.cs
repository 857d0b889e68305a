using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// Records that do not fit the rule set are rejected with a stable code and a reason for the person who
// entered the data; in a batch they are counted, never dropped.
public sealed class RecordRejectionTests
{
    private static readonly ScoringEngine Engine = RuleFiles.Engine(
        """
        { "id": "n", "title": "得分", "type": "number", "min": 0, "max": 10 },
        { "id": "k", "title": "次数", "type": "count", "max": 5 },
        { "id": "b", "title": "达标", "type": "boolean" },
        { "id": "g", "title": "等次", "type": "grade", "choices": ["好", "差"] },
        { "id": "d", "title": "可选", "type": "number", "default": 1 }
        """,
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "cn", "title": "CN", "max": 10, "method": "points", "input": "n", "message": "{points}" },
          { "id": "ck", "title": "CK", "max": 5, "method": "deduction", "input": "k", "perOccurrence": 1, "message": "{points}" },
          { "id": "cb", "title": "CB", "max": 5, "method": "check", "input": "b", "message": "{points}" },
          { "id": "cg", "title": "CG", "max": 5, "method": "grade", "input": "g", "points": { "好": 5, "差": 0 }, "message": "{points}" },
          { "id": "cf", "title": "CF", "max": 75, "method": "formula", "expression": "10 / k + d", "message": "{points}" }
        ] }
        """,
        more: """  "categories": [{ "id": "agency", "title": "机关" }, { "id": "village", "title": "村" }],""");

    private static OrganizationRecord Valid(string id = "r1") => new(id)
    {
        Type = "agency",
        Values = Values(("n", 8), ("k", 1), ("b", true), ("g", "好")),
    };

    private static RecordRejection Rejected(string code, string reason, string id = "r1", int? line = null) => new(id, line, code, reason);

    private static void AssertValueRejected(string code, string reason, OrganizationRecord record) =>
        Assert.Equal(Rejected(code, reason), Engine.Rejection(record));

    [Fact]
    public void Valid_RecordWithDefaultLeftOut_IsScored()
    {
        var result = Engine.Score(Valid());

        Assert.Equal(8m + 4m + 5m + 5m + 11m, result.Score);
        Assert.Equal(1m, result.Line("cf").Inputs.Single(i => i.Id == "d").Value.Number);
    }

    [Fact]
    public void UndeclaredInput_IsRejected()
    {
        Assert.Equal(
            Rejected(RecordRejectionCodes.UndeclaredInput, "\"zz\" is not a declared input of rule set \"test\"."),
            Engine.Rejection(Valid().With(("zz", 1))));
    }

    [Theory]
    [InlineData("n", "5", "input \"n\" (得分) must be a number, but the record gives the text \"5\".")]
    [InlineData("k", "1", "input \"k\" (次数) must be a whole number, but the record gives the text \"1\".")]
    [InlineData("b", "true", "input \"b\" (达标) must be true or false, but the record gives the text \"true\".")]
    public void WrongType_TextForANumberOrBoolean_IsRejected(string input, string text, string reason)
    {
        AssertValueRejected(RecordRejectionCodes.WrongType, reason, Valid().With((input, text)));
    }

    [Fact]
    public void WrongType_NumberForAGrade_IsRejected()
    {
        AssertValueRejected(RecordRejectionCodes.WrongType, "input \"g\" (等次) must be one of \"好\", \"差\", but the record gives the number 1.", Valid().With(("g", 1)));
    }

    [Theory]
    [InlineData(10.01, "input \"n\" (得分) must be at most 10, but the record gives 10.01.")]
    [InlineData(-0.5, "input \"n\" (得分) must be at least 0, but the record gives -0.5.")]
    public void OutOfRange_NumberOutsideMinMax_IsRejected(double value, string reason)
    {
        AssertValueRejected(RecordRejectionCodes.OutOfRange, reason, Valid().With(("n", (decimal)value)));
    }

    [Theory]
    [InlineData(1.5, "input \"k\" (次数) counts occurrences and must be a whole number of 0 or more, but the record gives 1.5.")]
    [InlineData(-1, "input \"k\" (次数) counts occurrences and must be a whole number of 0 or more, but the record gives -1.")]
    [InlineData(6, "input \"k\" (次数) must be at most 5, but the record gives 6.")]
    public void OutOfRange_CountNotWholeNegativeOrAboveMax_IsRejected(double value, string reason)
    {
        AssertValueRejected(RecordRejectionCodes.OutOfRange, reason, Valid().With(("k", (decimal)value)));
    }

    [Fact]
    public void OutOfRange_GradeNotAChoice_IsRejected()
    {
        AssertValueRejected(RecordRejectionCodes.OutOfRange, "input \"g\" (等次) must be one of \"好\", \"差\", but the record gives \"优\".", Valid().With(("g", "优")));
    }

    // Regression: a bad value used to be reported a second time as missing ("(2) input … has no value.").
    [Fact]
    public void InvalidValue_IsNotAlsoReportedAsMissing()
    {
        Assert.Equal(
            Rejected(RecordRejectionCodes.OutOfRange, "input \"g\" (等次) must be one of \"好\", \"差\", but the record gives \"优\"."),
            Engine.Rejection(Valid().With(("g", "优"))));
        Assert.Equal(
            Rejected(RecordRejectionCodes.WrongType, "input \"n\" (得分) must be a number, but the record gives the text \"5\"."),
            Engine.Rejection(Valid().With(("n", "5"))));
    }

    [Fact]
    public void MissingValue_RequiredInputLeftOut_IsRejected()
    {
        Assert.Equal(
            Rejected(RecordRejectionCodes.MissingValue, "input \"b\" (达标) has no value."),
            Engine.Rejection(Valid().Without("b")));
    }

    [Theory]
    [InlineData("villag", "the type \"villag\" is not one of \"agency\", \"village\".")]
    [InlineData(null, "the record has no type; it must be one of \"agency\", \"village\".")]
    public void UnknownType_IsRejected(string? type, string reason)
    {
        Assert.Equal(Rejected(RecordRejectionCodes.UnknownType, reason), Engine.Rejection(Valid() with { Type = type }));
    }

    [Fact]
    public void SeveralProblems_AreAllListedUnderTheFirstCode()
    {
        var record = Valid().With(("n", 11), ("zz", 1)).Without("b");

        Assert.Equal(
            Rejected(
                RecordRejectionCodes.OutOfRange,
                "(1) input \"n\" (得分) must be at most 10, but the record gives 11. (2) \"zz\" is not a declared input of rule set \"test\". (3) input \"b\" (达标) has no value."),
            Engine.Rejection(record));
    }

    [Fact]
    public void DivisionByZero_InAFormula_RejectsOnlyThatRecord()
    {
        var batch = Engine.ScoreBatch([Valid("ok"), Valid("zero").With(("k", 0))]);

        Assert.Equal(["ok"], batch.Results.Select(r => r.Result.Id));
        Assert.Equal(
            [Rejected(RecordRejectionCodes.EvaluationFailed, "criterion \"cf\" could not be evaluated for this record: it divides by zero (expression: 10 / k + d).", "zero")],
            batch.Rejected);
    }

    [Fact]
    public void TryScore_RejectedRecord_ReturnsFalseWithTheRejection()
    {
        var scored = Engine.TryScore(Valid().With(("g", "优")), out var result, out var rejection);

        Assert.False(scored);
        Assert.Null(result);
        Assert.Equal(RecordRejectionCodes.OutOfRange, rejection?.Code);
    }

    private static readonly ScoringEngine Reviewed = RuleFiles.Engine(
        """{ "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 }""",
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" } ] }
        """,
        more: """
              "reviews": [
                { "id": "masses", "title": "群众评", "weight": 0.5, "supplies": "score" },
                { "id": "organization", "title": "组织评", "weight": 0.5, "supplies": "criteria" }
              ],
            """);

    [Fact]
    public void UndeclaredReviewSource_IsRejected()
    {
        var record = new OrganizationRecord("r1")
        {
            Values = Values(("x", 80)),
            Reviews = new Dictionary<string, ReviewInput> { ["masses"] = ReviewInput.FromScore(90), ["leaders"] = ReviewInput.FromScore(90) },
        };

        Assert.Equal(
            Rejected(RecordRejectionCodes.UndeclaredReview, "the record gives a review \"leaders\", which is not one of \"masses\", \"organization\"."),
            Reviewed.Rejection(record));
    }

    [Fact]
    public void MissingReviewScore_IsRejected()
    {
        var record = new OrganizationRecord("r1") { Values = Values(("x", 80)) };

        Assert.Equal(Rejected(RecordRejectionCodes.MissingReview, "review \"masses\" (群众评) needs its score."), Reviewed.Rejection(record));
    }

    [Fact]
    public void ReviewScoreOutsideTheScoreRange_IsRejected()
    {
        var record = new OrganizationRecord("r1")
        {
            Values = Values(("x", 80)),
            Reviews = new Dictionary<string, ReviewInput> { ["masses"] = ReviewInput.FromScore(101) },
        };

        Assert.Equal(
            Rejected(RecordRejectionCodes.OutOfRange, "review \"masses\" (群众评) gives 101, outside the score range 0 to 100."),
            Reviewed.Rejection(record));
    }

    [Fact]
    public void Batch_DuplicateIds_RejectsEveryRecordSharingTheId()
    {
        var batch = Engine.ScoreBatch([Valid("a1"), Valid("dup"), Valid("dup").With(("n", 2))]);

        Assert.Equal(["a1"], batch.Results.Select(r => r.Result.Id));
        Assert.Equal(["dup PBR002", "dup PBR002"], batch.Rejected.Select(r => $"{r.Id} {r.Code}"));
    }

    [Fact]
    public void Batch_DuplicateIdsReadFromAFile_NameEachOthersLines()
    {
        var json = """
            [
              { "id": "dup", "type": "agency", "values": { "n": 8, "k": 1, "b": true, "g": "好" } },
              { "id": "dup", "type": "agency", "values": { "n": 2, "k": 1, "b": true, "g": "好" } }
            ]
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var batch = Engine.ScoreBatch(RecordReader.ReadJson(stream));

        Assert.Empty(batch.Results);
        Assert.Equal(
            [
                Rejected(RecordRejectionCodes.DuplicateId, "the id \"dup\" is used by 2 records (also on line 3); ids must be unique, so none of them is scored.", "dup", 2),
                Rejected(RecordRejectionCodes.DuplicateId, "the id \"dup\" is used by 2 records (also on line 2); ids must be unique, so none of them is scored.", "dup", 3),
            ],
            batch.Rejected);
    }

    // Regression: records built in code have no line, and the reason used to say "(also on line )".
    [Fact]
    public void Batch_DuplicateIdsWithoutLines_ReasonNamesNoLines()
    {
        var batch = Engine.ScoreBatch([Valid("dup"), Valid("dup")]);

        var reason = "the id \"dup\" is used by 2 records; ids must be unique, so none of them is scored.";
        Assert.Equal([Rejected(RecordRejectionCodes.DuplicateId, reason, "dup"), Rejected(RecordRejectionCodes.DuplicateId, reason, "dup")], batch.Rejected);
    }

    [Fact]
    public void Batch_Mixed_CountsEveryRecordReadAsScoredOrRejected()
    {
        OrganizationRecord[] records =
        [
            Valid("ok1"),
            Valid("bad-type") with { Type = "city" },
            Valid("ok2").With(("n", 3)),
            Valid("dup"),
            Valid("dup"),
            Valid("missing").Without("g"),
            Valid("zero").With(("k", 0)),
        ];

        var batch = Engine.ScoreBatch(records);

        Assert.Equal(7, batch.Read);
        Assert.Equal(batch.Read, batch.Results.Count + batch.Rejected.Count);
        Assert.Equal(["ok1", "ok2"], batch.Results.Select(r => r.Result.Id));
        Assert.Equal(
            ["bad-type PBR003", "dup PBR002", "dup PBR002", "missing PBR007", "zero PBR010"],
            batch.Rejected.Select(r => $"{r.Id} {r.Code}"));
    }

    [Fact]
    public void RecordsFromJson_MalformedOrWithoutId_AreRejectedWithTheirLine()
    {
        var json = """
            [
              { "id": "r1", "type": "agency", "values": { "n": 8, "k": 1, "b": true, "g": "好" } },
              { "name": "no id" },
              42,
              { "id": "r4", "values": { "n": [1] }, "extra": 1 }
            ]
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var batch = Engine.ScoreBatch(RecordReader.ReadJson(stream));

        Assert.Equal((4, 1), (batch.Read, batch.Results.Count));
        Assert.Equal(
            [
                new RecordRejection(null, 3, RecordRejectionCodes.MissingId, "the record has no \"id\" text."),
                new RecordRejection(null, 4, RecordRejectionCodes.Malformed, "a record must be a JSON object { \"id\": …, \"values\": { … } }."),
                new RecordRejection("r4", 5, RecordRejectionCodes.Malformed,
                    "\"extra\" is not a record field (use \"id\", \"name\", \"type\", \"parent\", \"values\", \"reviews\"). the value of \"n\" must be a number, true/false or text, not array."),
            ],
            batch.Rejected);
    }
}
