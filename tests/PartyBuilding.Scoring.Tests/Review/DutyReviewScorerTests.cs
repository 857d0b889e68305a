using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Review;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Review;

// 述职评议: real-name review records, grade conversion, trimming per category, weights across categories, rejections.
public sealed class DutyReviewScorerTests
{
    // One criterion scores the review input directly, so the final score is the review score.
    private static ScoringEngine Engine(string categories = """
        { "id": "leaders", "title": "班子成员", "weight": 0.6, "trim": 1 },
        { "id": "masses", "title": "群众代表", "weight": 0.4 }
        """) => RuleFiles.Engine(
        """{ "id": "reviewScore", "title": "评议得分", "type": "number", "min": 0, "max": 100 }""",
        """
        { "id": "a", "title": "评议", "max": 100, "criteria": [
          { "id": "c", "title": "评议得分", "max": 100, "method": "points", "input": "reviewScore", "message": "{points}" }
        ] }
        """,
        more: $$"""
          "dutyReview": {
            "input": "reviewScore",
            "grades": { "好": 95, "较好": 85, "一般": 70, "差": 50 },
            "categories": [ {{categories}} ]
          },
        """);

    private static readonly RecordReadResult[] Subjects = [RecordReadResult.Read(new OrganizationRecord("s1") { Name = "书记甲" })];

    private static ReviewRecord Review(string reviewer, string category, string? grade = null, decimal? score = null, string subject = "s1", int? line = null, string? name = null) =>
        new(subject, reviewer, name ?? "评议人" + reviewer, category) { Grade = grade, Score = score, SourceLine = line };

    [Fact]
    public void Score_SeveralCategories_WeightsTheCategoryMeans()
    {
        // leaders: 95, 85, 70, 50 → drop 95 and 50 → mean 77.5; masses: 85, 90 → 87.5; 0.6 × 77.5 + 0.4 × 87.5 = 81.5
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
        [
            Review("r1", "leaders", "好"), Review("r2", "leaders", "较好"), Review("r3", "leaders", "一般"), Review("r4", "leaders", "差"),
            Review("m1", "masses", "较好"), Review("m2", "masses", score: 90),
        ]);

        var subject = Assert.Single(result.Subjects);
        Assert.Equal(81.5m, subject.Score);
        Assert.Equal([77.5m, 87.5m], subject.Categories.Select(c => c.Mean));
        Assert.Equal([("r1", true), ("r2", false), ("r3", false), ("r4", true)], subject.Categories[0].Reviews.Select(r => (r.ReviewerId, r.Dropped)));
        Assert.Equal(81.5m, result.Batch.Results.Single().Result.Score);
        Assert.Equal((6, 6, 0), (result.ReviewsRead, result.ReviewsAccepted, result.RejectedReviews.Count));
    }

    [Fact]
    public void Score_TiedHighestScores_DropsTheFirstReviewerById()
    {
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
            [Review("r2", "leaders", "好"), Review("r1", "leaders", "好"), Review("r3", "leaders", "一般"), Review("m1", "masses", "好")]);

        var leaders = result.Subjects.Single().Categories[0];
        Assert.Equal([("r1", true), ("r2", false), ("r3", true)], leaders.Reviews.Select(r => (r.ReviewerId, r.Dropped)));
        Assert.Equal(95m, leaders.Mean);
    }

    [Fact]
    public void Score_NoMoreScoresThanTrimmed_KeepsEveryScore()
    {
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
            [Review("r1", "leaders", "好"), Review("r2", "leaders", "差"), Review("m1", "masses", "好")]);

        var leaders = result.Subjects.Single().Categories[0];
        Assert.All(leaders.Reviews, r => Assert.False(r.Dropped));
        Assert.Equal(72.5m, leaders.Mean);
    }

    [Fact]
    public void Score_WeightsInPerCent_SameAsFractions()
    {
        ReviewRecord[] reviews = [Review("r1", "leaders", "好"), Review("r2", "leaders", "一般"), Review("m1", "masses", "较好")];
        var fractions = new DutyReviewScorer(Engine()).Score(Subjects, reviews);
        var percent = new DutyReviewScorer(Engine("""
            { "id": "leaders", "title": "班子成员", "weight": 60, "trim": 1 },
            { "id": "masses", "title": "群众代表", "weight": 40 }
            """)).Score(Subjects, reviews);

        Assert.Equal(fractions.Subjects.Single().Score, percent.Subjects.Single().Score);
        Assert.Equal(0.6m * 82.5m + 0.4m * 85m, percent.Subjects.Single().Score);
    }

    [Fact]
    public void Score_DuplicateReviewer_RejectsEveryRecordOfThatReviewerForTheSubject()
    {
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
            [Review("r1", "leaders", "好", line: 2), Review("r2", "leaders", "较好", line: 3), Review("r1", "leaders", "差", line: 4), Review("m1", "masses", "好", line: 5)]);

        Assert.Equal(
            [
                "s1 (line 2): PBR301: reviewer r1 (评议人r1) reviewed \"s1\" more than once (lines 2, 4); none of these reviews is used.",
                "s1 (line 4): PBR301: reviewer r1 (评议人r1) reviewed \"s1\" more than once (lines 2, 4); none of these reviews is used.",
            ],
            result.RejectedReviews.Select(r => r.ToString()));
        Assert.Equal(85m, result.Subjects.Single().Categories[0].Mean);
        Assert.Equal(4, result.ReviewsRead);
        Assert.Equal(result.ReviewsRead, result.ReviewsAccepted + result.RejectedReviews.Count);
    }

    [Fact]
    public void Score_AnonymousReview_IsRejected()
    {
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
            [new ReviewRecord("s1", "r9", null, "leaders") { Grade = "差", SourceLine = 7 }, Review("r1", "leaders", "好"), Review("m1", "masses", "好")]);

        Assert.Equal(
            "s1 (line 7): PBR300: the review does not name its reviewer (both \"id\" and \"name\" are needed): anonymous reviews are not accepted in a real-name review (实名制评议).",
            Assert.Single(result.RejectedReviews).ToString());
        Assert.Equal(95m, result.Subjects.Single().Score);
    }

    [Fact]
    public void Score_OneIdForTwoPeople_RejectsAllTheirRecords()
    {
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
            [Review("r1", "leaders", "好", line: 2), Review("r1", "masses", "好", line: 3, name: "另一人"), Review("r2", "leaders", "好"), Review("m1", "masses", "好")]);

        Assert.Equal(
            [
                "s1 (line 2): PBR306: the reviewer id \"r1\" is used for different people or categories (另一人 (masses), 评议人r1 (leaders)); a real-name review needs one id per person.",
                "s1 (line 3): PBR306: the reviewer id \"r1\" is used for different people or categories (另一人 (masses), 评议人r1 (leaders)); a real-name review needs one id per person.",
            ],
            result.RejectedReviews.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData(null, null, "PBR303: reviewer r1 (评议人r1) gives neither a grade nor a score.")]
    [InlineData("好", 90.0, "PBR303: reviewer r1 (评议人r1) gives both a grade and a score; give one.")]
    [InlineData("优", null, "PBR303: reviewer r1 (评议人r1) chooses the grade \"优\", which is not one of \"一般\", \"好\", \"差\", \"较好\".")]
    [InlineData(null, 101.0, "PBR303: reviewer r1 (评议人r1) gives 101, outside the score range 0 to 100.")]
    public void Score_InvalidGradeOrScore_IsRejected(string? grade, double? score, string expected)
    {
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
            [Review("r1", "leaders", grade, (decimal?)score), Review("r2", "leaders", "好"), Review("m1", "masses", "好")]);

        Assert.Equal("s1: " + expected, Assert.Single(result.RejectedReviews).ToString());
    }

    [Fact]
    public void Score_UnknownCategoryOrSubject_IsRejected()
    {
        var result = new DutyReviewScorer(Engine()).Score(Subjects,
            [Review("x1", "experts", "好"), Review("r1", "leaders", "好", subject: "s9"), Review("r2", "leaders", "好"), Review("m1", "masses", "好")]);

        Assert.Equal(
            [
                "s1: PBR302: reviewer x1 (评议人x1) has category \"experts\", which is not one of \"leaders\", \"masses\".",
                "s9: PBR304: the review by r1 (评议人r1) is for \"s9\", which is not among the subjects read.",
            ],
            result.RejectedReviews.Select(r => r.ToString()));
    }

    [Fact]
    public void Score_SubjectWithoutReviewsInACategory_IsRejectedAndOthersScored()
    {
        RecordReadResult[] subjects = [.. Subjects, RecordReadResult.Read(new OrganizationRecord("s2") { SourceLine = 3 })];

        var result = new DutyReviewScorer(Engine()).Score(subjects,
            [Review("r1", "leaders", "好"), Review("m1", "masses", "好"), Review("r1", "leaders", "好", subject: "s2")]);

        Assert.Equal(
            "s2 (line 3): PBR305: no accepted review in reviewer category \"masses\" (群众代表), so the review score cannot be combined.",
            Assert.Single(result.Batch.Rejected).ToString());
        Assert.Equal("s1", Assert.Single(result.Batch.Results).Result.Id);
        Assert.Equal(result.Batch.Read, result.Batch.Results.Count + result.Batch.Rejected.Count);
    }

    [Fact]
    public void Score_SubjectGivesTheReviewScoreItself_IsRejected()
    {
        RecordReadResult[] subjects = [RecordReadResult.Read(new OrganizationRecord("s1") { Values = new Dictionary<string, InputValue> { ["reviewScore"] = 99 } })];

        var result = new DutyReviewScorer(Engine()).Score(subjects, [Review("r1", "leaders", "好"), Review("m1", "masses", "好")]);

        Assert.Equal(
            "s1: PBR307: the record gives \"reviewScore\" itself; it is the review score, computed from the review records.",
            Assert.Single(result.Batch.Rejected).ToString());
    }

    [Fact]
    public void Score_ReviewsInAnyOrder_GiveTheSameReport()
    {
        var engine = RuleSets.DutyReportReview();
        var subjects = RecordReader.ReadFile(Repository.File("samples/data/duty-report-secretaries.json"), engine.RuleSet);
        var reviews = ReviewRecordReader.ReadFile(Repository.File("samples/data/duty-report-reviews.json"));
        var scorer = new DutyReviewScorer(engine);

        var forward = DutyReviewReport.Json(scorer.Score(subjects, reviews));
        var backward = DutyReviewReport.Json(scorer.Score(subjects.Reverse(), reviews.Reverse()));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Constructor_RuleSetWithoutDutyReview_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DutyReviewScorer(RuleFiles.SinglePoints()));

        Assert.Equal("The rule set \"test\" has no \"dutyReview\" section. (Parameter 'engine')", ex.Message);
    }

    [Fact]
    public void ReadFile_ReviewFileWithATrailingComma_NamesReviewFilesNotRuleFiles()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviews-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "[\n  {},\n]");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => ReviewRecordReader.ReadFile(path));

            Assert.Equal(
                path + "(3,1): the review file is not valid JSON: The file is not valid JSON here: The JSON array contains a trailing comma at the end which is not supported in this mode. Review files do not allow comments or trailing commas. Nothing was read: a damaged file must be fixed, not half read.",
                ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
