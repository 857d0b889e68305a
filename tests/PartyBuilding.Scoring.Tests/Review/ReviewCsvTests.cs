using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Review;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Review;

// Review records (述职评议) from CSV: the same records, validation and rejections as the JSON reader, with row numbers.
public sealed class ReviewCsvTests
{
    private static readonly ScoringEngine Engine = RuleSets.DutyReportReview();

    private static IReadOnlyList<RecordReadResult> Subjects() =>
        RecordReader.ReadFile(Repository.File("samples/data/duty-report-secretaries.json"), Engine.RuleSet);

    private static IReadOnlyList<ReviewRecord> Csv(string csv) => ReviewCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void ReadFile_CsvSampleEqualToTheJsonSample_GivesTheSameReport()
    {
        var scorer = new DutyReviewScorer(Engine);

        var fromJson = scorer.Score(Subjects(), ReviewRecordReader.ReadFile(Repository.File("samples/data/duty-report-reviews.json")));
        var fromCsv = scorer.Score(Subjects(), ReviewRecordReader.ReadFile(Repository.File("samples/data/duty-report-reviews.csv")));

        Assert.Equal(DutyReviewReport.Json(fromJson), DutyReviewReport.Json(fromCsv));
        Assert.Equal(DutyReviewReport.Text(fromJson, Engine.RuleSet), DutyReviewReport.Text(fromCsv, Engine.RuleSet));
        Assert.Equal(5, fromCsv.RejectedReviews.Count);
    }

    [Fact]
    public void Score_CsvRowsWithProblems_AreRejectedWithTheirRowNumbers()
    {
        var reviews = Csv("""
            reviewer.id,reviewer.name,reviewer.category,subject,grade,score
            r01,刘洋,leaders,s01,好,
            r01,刘洋,leaders,s01,较好,
            r02,,leaders,s01,好,
            r03,杨帆,auditors,s01,好,
            r04,黄磊,leaders,s99,好,
            r05,王五,leaders,s01,,九十
            r06,赵六,leaders,s01
            """);

        var result = new DutyReviewScorer(Engine).Score(Subjects(), reviews);

        Assert.Equal(
            [
                "s01 (line 2): PBR301: reviewer r01 (刘洋) reviewed \"s01\" more than once (lines 2, 3); none of these reviews is used.",
                "s01 (line 3): PBR301: reviewer r01 (刘洋) reviewed \"s01\" more than once (lines 2, 3); none of these reviews is used.",
                "s01 (line 4): PBR300: the review does not name its reviewer (both \"id\" and \"name\" are needed): anonymous reviews are not accepted in a real-name review (实名制评议).",
                "s01 (line 5): PBR302: reviewer r03 (杨帆) has category \"auditors\", which is not one of \"leaders\", \"representatives\", \"masses\".",
                "s99 (line 6): PBR304: the review by r04 (黄磊) is for \"s99\", which is not among the subjects read.",
                "s01 (line 7): PBR011: \"score\" must be a number, not \"九十\".",
                "s01 (line 8): PBR011: the row has 4 cells but the header has 6 columns.",
            ],
            result.RejectedReviews.Select(r => r.ToString()));
        Assert.Equal(7, result.ReviewsRead);
        Assert.Equal(result.ReviewsRead, result.ReviewsAccepted + result.RejectedReviews.Count);
    }

    [Theory]
    [InlineData("subject,reviewerId,reviewer,grade\n", "The review CSV header has column(s) that are not review fields: \"reviewer\" (use \"subject\", \"reviewerId\", \"reviewerName\", \"category\", \"grade\", \"score\"). Nothing was read.")]
    [InlineData("subject,reviewerId,reviewer.id,grade\ns01,r01,r02,好\n", "The review CSV header gives the same field in more than one column: \"reviewerId\" (column 2) and \"reviewer.id\" (column 3) give \"reviewerId\". Every row would be ambiguous, so nothing was read.")]
    [InlineData("reviewerId,reviewerName,category,grade\nr01,刘洋,leaders,好\n", "The review CSV header has no \"subject\" column. Nothing was read.")]
    [InlineData(" \n\n", "The review file is empty: it has no header row \"subject,reviewerId,reviewerName,category,grade,score\" (is the upload truncated?). Nothing was read.")]
    [InlineData("", "The review file is empty: it has no header row \"subject,reviewerId,reviewerName,category,grade,score\" (is the upload truncated?). Nothing was read.")]
    public void Read_HeaderThatCannotBeMapped_RefusesTheWholeFile(string csv, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Csv(csv));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void ReadFile_CsvWithBomAndHeaderProblem_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviews-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "subject,who\ns01,r01\n", new UTF8Encoding(true));
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => ReviewRecordReader.ReadFile(path));

            Assert.StartsWith(path + ": The review CSV header has column(s) that are not review fields: \"who\"", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
