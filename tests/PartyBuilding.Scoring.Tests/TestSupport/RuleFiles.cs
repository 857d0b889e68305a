namespace PartyBuilding.Scoring.Tests.TestSupport;

// Small inline rule files for tests of one behaviour: the parts that matter are written in the test,
// the rest (identity, score range 0..100, a two-band table) is filled in here.
internal static class RuleFiles
{
    public const string PassFailBands = """
        [
          { "id": "pass", "label": "合格", "level": 2, "range": "[60, 100]" },
          { "id": "fail", "label": "不合格", "level": 1, "range": "[0, 60)" }
        ]
        """;

    public const string WholePointBands = """
        [
          { "id": "pass", "label": "合格", "level": 2, "range": "[60, 100]" },
          { "id": "fail", "label": "不合格", "level": 1, "range": "[0, 59]" }
        ]
        """;

    /// <summary>Builds a rule file. <paramref name="more"/> holds extra top-level properties, each followed by a comma.</summary>
    public static string Json(string inputs, string areas, string? bands = null, string? more = null) => $$"""
        {
          "id": "test",
          "title": "测试规则",
          "version": "1",
          "effectiveFrom": "2026-01-01",
          "scoreRange": { "min": 0, "max": 100 },
          {{more}}
          "inputs": [ {{inputs}} ],
          "areas": [ {{areas}} ],
          "bands": {{bands ?? PassFailBands}}
        }
        """;

    public static ScoringEngine Engine(string inputs, string areas, string? bands = null, string? more = null) =>
        ScoringEngine.Parse(Json(inputs, areas, bands, more), "test.json");

    /// <summary>A rule file with one number input <c>x</c> (0..100) scored by one <c>points</c> criterion of max 100.</summary>
    public static ScoringEngine SinglePoints(string? bands = null, string? more = null) => Engine(
        """{ "id": "x", "title": "X", "type": "number", "min": 0, "max": 100 }""",
        """
        { "id": "a", "title": "A", "max": 100, "criteria": [
          { "id": "c", "title": "C", "max": 100, "method": "points", "input": "x", "message": "{points}" }
        ] }
        """,
        bands,
        more);
}
