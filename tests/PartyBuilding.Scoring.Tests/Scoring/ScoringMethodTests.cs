using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.RecordBuilder;

namespace PartyBuilding.Scoring.Tests.Scoring;

// The five scoring methods, each on a one-criterion rule file; the trace line says what the criterion gave and why.
public sealed class ScoringMethodTests
{
    private const string NumberInput = """{ "id": "x", "title": "X", "type": "number", "min": 0, "max": 10 }""";

    private static ScoringEngine PointsEngine(string? more = null) => RuleFiles.Engine(
        NumberInput,
        """
        { "id": "a", "title": "A", "max": 5, "criteria": [
          { "id": "c", "title": "C", "max": 5, "method": "points", "input": "x", "message": "评分{value}分,得{points}分(满分{max}分)" }
        ] }
        """,
        more: more);

    [Fact]
    public void Points_ValueWithinMax_GivesTheValue()
    {
        var line = PointsEngine().Score(Record("r1", ("x", 3.5m))).Line("c");

        Assert.Equal((3.5m, "评分3.5分,得3.5分(满分5分)", (string?)null), (line.Points, line.Message, line.Note));
    }

    [Fact]
    public void Points_ValueAboveMaxInClampMode_GivesMaxAndSaysSo()
    {
        var result = PointsEngine().Score(Record("r1", ("x", 7)));

        var line = result.Line("c");
        Assert.Equal((5m, "评分7分,得5分(满分5分)", "7 entered; clamped to the maximum 5"), (line.Points, line.Message, line.Note));
        Assert.Equal(5m, result.Score);
    }

    [Fact]
    public void Points_ValueAboveMaxInRejectMode_RejectsTheRecord()
    {
        var engine = PointsEngine("""  "pointsOutOfRange": "reject",""");

        var rejection = engine.Rejection(Record("r1", ("x", 7)));

        Assert.Equal(new RecordRejection("r1", null, RecordRejectionCodes.PointsAboveMax, "criterion \"c\" (C) is given 7 points, more than its maximum 5."), rejection);
    }

    [Fact]
    public void Points_ValueAtMaxInRejectMode_Scores()
    {
        var engine = PointsEngine("""  "pointsOutOfRange": "reject",""");

        Assert.Equal(5m, engine.Score(Record("r1", ("x", 5))).Score);
    }

    [Theory]
    [InlineData(true, "", 4)]
    [InlineData(false, "", 0)]
    [InlineData(false, """ "pointsIfNotMet": 1.5,""", 1.5)]
    [InlineData(true, """ "pointsIfNotMet": 1.5,""", 4)]
    public void Check_MetOrNot_GivesMaxOrPointsIfNotMet(bool met, string pointsIfNotMet, decimal expected)
    {
        var engine = RuleFiles.Engine(
            """{ "id": "b", "title": "B", "type": "boolean" }""",
            $$"""
            { "id": "a", "title": "A", "max": 4, "criteria": [
              { "id": "c", "title": "C", "max": 4, "method": "check", "input": "b", {{pointsIfNotMet}} "message": "得{points}分" }
            ] }
            """);

        var line = engine.Score(Record("r1", ("b", met))).Line("c");

        Assert.Equal((expected, $"得{expected}分"), (line.Points, line.Message));
    }

    // max 5, 0.5 per occurrence, at most 3 taken.
    [Theory]
    [InlineData(0, 5, "0次,扣0分,得5分", null)]
    [InlineData(4, 3, "4次,扣2分,得3分", null)]
    [InlineData(6, 2, "6次,扣3分,得2分", null)]
    [InlineData(7, 2, "7次,扣3分,得2分", "3.5 to deduct; capped at 3")]
    [InlineData(50, 2, "50次,扣3分,得2分", "25 to deduct; capped at 3")]
    public void Deduction_WithCap_TakesPerOccurrenceUpToTheCap(int occurrences, decimal expected, string message, string? note)
    {
        var engine = RuleFiles.Engine(
            """{ "id": "n", "title": "N", "type": "count", "max": 50 }""",
            """
            { "id": "a", "title": "A", "max": 5, "criteria": [
              { "id": "c", "title": "C", "max": 5, "method": "deduction", "input": "n", "perOccurrence": 0.5, "cap": 3,
                "message": "{value}次,扣{deducted}分,得{points}分" }
            ] }
            """);

        var line = engine.Score(Record("r1", ("n", occurrences))).Line("c");

        Assert.Equal((expected, message, note), (line.Points, line.Message, line.Note));
    }

    // 扣完为止: without a cap the deduction stops at the criterion's max, never below 0.
    [Theory]
    [InlineData(3, 2)]
    [InlineData(5, 0)]
    [InlineData(8, 0)]
    public void Deduction_WithoutCap_StopsAtZero(int occurrences, decimal expected)
    {
        var engine = RuleFiles.Engine(
            """{ "id": "n", "title": "N", "type": "count", "max": 50 }""",
            """
            { "id": "a", "title": "A", "max": 5, "criteria": [
              { "id": "c", "title": "C", "max": 5, "method": "deduction", "input": "n", "perOccurrence": 1, "message": "扣{deducted}分" }
            ] }
            """);

        var line = engine.Score(Record("r1", ("n", occurrences))).Line("c");

        Assert.Equal((expected, $"扣{5 - expected}分"), (line.Points, line.Message));
    }

    // Area of max 10 with one regular criterion (full 10) and a penalty of 1.5 per occurrence taking at most 4.
    [Theory]
    [InlineData(0, 0, 10)]
    [InlineData(2, -3, 7)]
    [InlineData(3, -4, 6)]
    [InlineData(20, -4, 6)]
    public void Deduction_PenaltyKind_TakesPointsOffTheArea(int occurrences, decimal penalty, decimal area)
    {
        var engine = RuleFiles.Engine(
            """
            { "id": "x", "title": "X", "type": "number", "min": 0, "max": 10 },
            { "id": "n", "title": "N", "type": "count", "max": 50 }
            """,
            """
            { "id": "a", "title": "A", "max": 10, "criteria": [
              { "id": "c", "title": "C", "max": 10, "method": "points", "input": "x", "message": "{points}" },
              { "id": "p", "title": "P", "max": 4, "kind": "penalty", "method": "deduction", "input": "n", "perOccurrence": 1.5,
                "message": "扣{deducted}分" }
            ] }
            """);

        var result = engine.Score(Record("r1", ("x", 10), ("n", occurrences)));

        Assert.Equal((penalty, $"扣{-penalty}分"), (result.Line("p").Points, result.Line("p").Message));
        Assert.Equal(area, result.Area("a").Points);
        Assert.Equal(area, result.Score);
    }

    [Fact]
    public void Deduction_PenaltyLargerThanTheArea_LeavesTheAreaAtZero()
    {
        var engine = RuleFiles.Engine(
            """
            { "id": "x", "title": "X", "type": "number", "min": 0, "max": 10 },
            { "id": "n", "title": "N", "type": "count", "max": 50 }
            """,
            """
            { "id": "a", "title": "A", "max": 10, "criteria": [
              { "id": "c", "title": "C", "max": 10, "method": "points", "input": "x", "message": "{points}" },
              { "id": "p", "title": "P", "max": 5, "kind": "penalty", "method": "deduction", "input": "n", "perOccurrence": 1, "message": "{deducted}" }
            ] }
            """);

        var result = engine.Score(Record("r1", ("x", 2), ("n", 5)));

        Assert.Equal(-5m, result.Line("p").Points);
        Assert.Equal(0m, result.Area("a").Points);
    }

    // Regression: a number input with a negative min let a deduction give more than its max (value -3, max 5 → 8 points).
    [Fact]
    public void Deduction_NegativeNumberInput_IsRejectedAtLoad()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleFiles.Engine(
            """{ "id": "x", "title": "X", "type": "number", "min": -10, "max": 10 }""",
            """
            { "id": "a", "title": "A", "max": 100, "criteria": [
              { "id": "c", "title": "C", "max": 5, "method": "deduction", "input": "x", "perOccurrence": 1, "message": "{points}" }
            ] }
            """));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(
            (RuleFileErrorCodes.InputTypeMismatch, "$.areas[0].criteria[0].input", "The criterion \"c\" uses method \"deduction\", so its input \"x\" must declare \"min\": 0 or more."),
            (error.Code, error.JsonPath, error.Message));
    }

    [Theory]
    [InlineData("好", 5)]
    [InlineData("较好", 3.5)]
    [InlineData("一般", 2)]
    [InlineData("差", 0)]
    public void Grade_EachChoice_GivesItsPoints(string grade, decimal expected)
    {
        var engine = RuleFiles.Engine(
            """{ "id": "g", "title": "G", "type": "grade", "choices": ["好", "较好", "一般", "差"] }""",
            """
            { "id": "a", "title": "A", "max": 5, "criteria": [
              { "id": "c", "title": "C", "max": 5, "method": "grade", "input": "g",
                "points": { "好": 5, "较好": 3.5, "一般": 2, "差": 0 }, "message": "评为“{value}”,得{points}分" }
            ] }
            """);

        var line = engine.Score(Record("r1", ("g", grade))).Line("c");

        Assert.Equal((expected, $"评为“{grade}”,得{expected}分"), (line.Points, line.Message));
    }

    private static ScoringEngine FormulaEngine(string expression, string? more = null) => RuleFiles.Engine(
        NumberInput,
        $$"""
        { "id": "a", "title": "A", "max": 10, "criteria": [
          { "id": "c", "title": "C", "max": 10, "method": "formula", "expression": "{{expression}}", "message": "得{points}分(最高{max}分)" }
        ] }
        """,
        more: more);

    [Theory]
    [InlineData("x / 3", 1)]
    [InlineData("1 / 3", 0)]
    [InlineData("x / 3 * 1", 1)]
    public void Formula_Division_IsDecimalNotInteger(string expression, int x)
    {
        var line = FormulaEngine(expression).Score(Record("r1", ("x", x))).Line("c");

        Assert.Equal(1m / 3m, line.Points);
        Assert.Equal("0.3333333333333333333333333333", line.Points.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("x * 0.07", 9.6, "0.672")]
    [InlineData("x * 0.1 + x * 0.2", 1, "0.3")]
    [InlineData("x - 0.1 - 0.2", 0.3, "0.0")]
    public void Formula_DecimalLiterals_AreExact(string expression, double x, string expected)
    {
        var line = FormulaEngine(expression).Score(Record("r1", ("x", (decimal)x))).Line("c");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Points);
    }

    [Theory]
    [InlineData("x * 2", 8, 10, "得10分(最高10分)", "formula gave 16; kept within 0 to 10")]
    [InlineData("x - 5", 2, 0, "得0分(最高10分)", "formula gave -3; kept within 0 to 10")]
    [InlineData("x * 2", 4, 8, "得8分(最高10分)", null)]
    public void Formula_ResultOutsideZeroToMax_IsClampedAndSaysSo(string expression, int x, decimal expected, string message, string? note)
    {
        var line = FormulaEngine(expression).Score(Record("r1", ("x", x))).Line("c");

        Assert.Equal((expected, message, note), (line.Points, line.Message, line.Note));
    }

    [Theory]
    [InlineData("Math.Round(x)", 3)]
    [InlineData("Math.Round(x / 3, 2)", 0.83)]
    [InlineData("Math.Floor(x)", 2)]
    [InlineData("Math.Ceiling(x)", 3)]
    [InlineData("Math.Truncate(x)", 2)]
    [InlineData("Math.Abs(x - 10)", 7.5)]
    [InlineData("Math.Min(x, 1) + Math.Max(x, 4)", 5)]
    [InlineData("iif(x > 2, 4, 1)", 4)]
    [InlineData("x > 2 and not (x > 3) ? 6 : 0", 6)]
    [InlineData("x >= 3 || x < 1 ? 6 : 1", 1)]
    [InlineData("x % 2", 0.5)]
    [InlineData("-x + 8", 5.5)]
    public void Formula_AllowedFunctionsAndOperators_Evaluate(string expression, double expected)
    {
        var line = FormulaEngine(expression).Score(Record("r1", ("x", 2.5m))).Line("c");

        Assert.Equal((decimal)expected, line.Points);
    }

    [Theory]
    [InlineData("awayFromZero", 3)]
    [InlineData("toEven", 2)]
    public void Formula_MathRound_UsesTheRuleFilesMidpointMode(string mode, decimal expected)
    {
        var engine = FormulaEngine("Math.Round(x)", $$"""  "rounding": { "decimals": 2, "mode": "{{mode}}", "applyTo": ["final"] },""");

        Assert.Equal(expected, engine.Score(Record("r1", ("x", 2.5m))).Line("c").Points);
    }

    [Fact]
    public void Formula_GradeComparedWithText_Evaluates()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "g", "title": "G", "type": "grade", "choices": ["好", "差"] }""",
            """
            { "id": "a", "title": "A", "max": 10, "criteria": [
              { "id": "c", "title": "C", "max": 10, "method": "formula", "expression": "g == \"好\" ? 10 : 4", "message": "{points}" }
            ] }
            """);

        Assert.Equal(10m, engine.Score(Record("r1", ("g", "好"))).Line("c").Points);
        Assert.Equal(4m, engine.Score(Record("r2", ("g", "差"))).Line("c").Points);
    }

    [Fact]
    public void Formula_OverflowingDecimal_RejectsTheRecord()
    {
        var engine = RuleFiles.Engine(
            """{ "id": "x", "title": "X", "type": "number" }""",
            """
            { "id": "a", "title": "A", "max": 10, "criteria": [
              { "id": "c", "title": "C", "max": 10, "method": "formula", "expression": "x * x", "message": "{points}" }
            ] }
            """);

        Assert.Equal(
            new RecordRejection("r1", null, RecordRejectionCodes.EvaluationFailed,
                "criterion \"c\" could not be evaluated for this record: a number grew beyond the range of decimal (expression: x * x)."),
            engine.Rejection(Record("r1", ("x", decimal.MaxValue))));
    }
}
