using System.Globalization;
using System.Text;

namespace PartyBuilding.Scoring.Benchmarks.Load;

/// <summary>
/// A valid rule file with a given number of criteria, written from one template so that only the size changes: ten criteria
/// per area, each with its own input, the five scoring methods in turn (points, check, deduction, grade, formula over two
/// inputs), one point each, bands at 60 % and 85 % of the total, a veto and a formula with a constant part. Deterministic.
/// </summary>
public static class GeneratedRuleFile
{
    /// <summary>The rule file's JSON.</summary>
    public static string Json(int criteria)
    {
        var json = new StringBuilder(criteria * 400);
        var total = criteria;
        json.Append(CultureInfo.InvariantCulture, $$"""
            {
              "id": "generated-{{criteria}}",
              "title": "生成的考评规则({{criteria}}项)",
              "version": "1",
              "effectiveFrom": "2026-01-01",
              "scoreRange": { "min": 0, "max": {{total}} },
              "rounding": { "decimals": 1, "mode": "awayFromZero", "applyTo": ["final"] },
              "categories": [ { "id": "agency", "title": "机关" }, { "id": "twoNew", "title": "两新组织" } ],
              "inputs": [
            """);
        for (var i = 0; i < criteria; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n").Append(Input(i));
        }

        json.Append("""
            ,
                { "id": "violation", "title": "违纪", "type": "boolean", "default": false }
              ],
              "areas": [
            """);
        for (var start = 0; start < criteria; start += 10)
        {
            var count = Math.Min(10, criteria - start);
            json.Append(start == 0 ? "\n" : ",\n").Append(CultureInfo.InvariantCulture,
                $$"""    { "id": "area{{start / 10}}", "title": "方面{{start / 10}}", "max": {{count}}, "criteria": [""");
            for (var i = start; i < start + count; i++)
            {
                json.Append(i == start ? "\n" : ",\n").Append(Criterion(i, criteria));
            }

            json.Append("\n    ] }");
        }

        json.Append(CultureInfo.InvariantCulture, $$"""

              ],
              "bands": [
                { "id": "good", "label": "好", "level": 3, "range": "[{{Share(total, 0.85m)}}, {{total}}]" },
                { "id": "pass", "label": "合格", "level": 2, "range": "[{{Share(total, 0.6m)}}, {{Share(total, 0.85m)}})" },
                { "id": "fail", "label": "不合格", "level": 1, "range": "[0, {{Share(total, 0.6m)}})" }
              ],
              "vetoes": [
                { "id": "violationLowers", "title": "违纪降级", "when": "violation", "action": "lowerBand", "levels": 1, "message": "有违纪问题,降一级。" }
              ]
            }
            """);
        return json.ToString();
    }

    private static string Share(int total, decimal share) => (total * share).ToString(CultureInfo.InvariantCulture);

    private static string Input(int i) => (i % 5) switch
    {
        0 or 4 => $$"""    { "id": "in{{i}}", "title": "输入{{i}}", "type": "number", "min": 0, "max": 10 }""",
        1 => $$"""    { "id": "in{{i}}", "title": "输入{{i}}", "type": "boolean" }""",
        2 => $$"""    { "id": "in{{i}}", "title": "输入{{i}}", "type": "count", "min": 0, "max": 20 }""",
        _ => $$"""    { "id": "in{{i}}", "title": "输入{{i}}", "type": "grade", "choices": ["好", "较好", "一般", "差"] }""",
    };

    private static string Criterion(int i, int criteria)
    {
        var head = $$"""      { "id": "c{{i}}", "title": "细则{{i}}", "max": 1, """;
        return head + (i % 5) switch
        {
            0 => $$""" "method": "points", "input": "in{{i}}", "maxByType": { "twoNew": 1 }, "message": "评分{value},得{points}分。" }""",
            1 => $$""" "method": "check", "input": "in{{i}}", "message": "达标得{max}分;本项得{points}分。" }""",
            2 => $$""" "method": "deduction", "input": "in{{i}}", "perOccurrence": 0.25, "message": "{value}次,扣{deducted}分。" }""",
            3 => $$""" "method": "grade", "input": "in{{i}}", "points": { "好": 1, "较好": 0.8, "一般": 0.5, "差": 0 }, "message": "评为{value},得{points}分。" }""",
            _ => $$""" "method": "formula", "expression": "in{{i}} * (1 / 10) + Math.Min(in{{(i + 1) % criteria}}, 5) / 50", "message": "得{points}分。" }""",
        };
    }
}
