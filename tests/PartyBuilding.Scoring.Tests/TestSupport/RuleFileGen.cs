using System.Globalization;
using System.Text;
using CsCheck;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.TestSupport;

// Rule files from a small grammar, for the scoring laws: 1–3 areas of 1–4 criteria (points, check, deduction with
// an optional cap, grade), bands cut at random points of the score range (the sum of the areas' maxima), a rounding
// policy (decimals, mode, stages) and, half the time, a veto of any action on a count of violations. Each file is built
// from a seed (System.Random with a seed gives the same numbers on every machine) and compiled once: a law draws one of
// Pool files and then records for it, so 10,000 cases cost a few hundred loads, not 10,000.
internal static class RuleFileGen
{
    public const int Pool = 120;

    private static readonly string[] Modes = ["awayFromZero", "toEven", "towardZero", "down", "up"];
    private static readonly string[] Stages = ["criterion", "area", "total", "final"];
    private static readonly string[] Grades = ["好", "较好", "一般", "差"];
    private static readonly ScoringEngine?[] Engines = new ScoringEngine?[Pool];

    /// <summary>One of the pool's rule files, compiled.</summary>
    public static Gen<ScoringEngine> Engine => Gen.Int[0, Pool - 1].Select(EngineOf);

    public static ScoringEngine EngineOf(int seed) =>
        Volatile.Read(ref Engines[seed]) ?? Interlocked.CompareExchange(ref Engines[seed], ScoringEngine.Parse(Json(seed), $"generated-{seed}.json"), null) ?? Engines[seed]!;

    /// <summary>The rule file of a seed as JSON text.</summary>
    public static string Json(int seed)
    {
        var random = new Random(seed);
        var inputs = new List<string>();
        var areas = new List<string>();
        var total = 0;
        var areaCount = random.Next(1, 4);
        for (var a = 0; a < areaCount; a++)
        {
            var criteria = new List<string>();
            var areaMax = 0;
            for (var c = random.Next(1, 5); c > 0; c--)
            {
                var id = $"c{a}{c}";
                var max = random.Next(1, 31);
                areaMax += max;
                criteria.Add(Criterion(random, id, max, inputs));
            }

            total += areaMax;
            areas.Add($$"""{ "id": "a{{a}}", "title": "区域{{a}}", "max": {{areaMax}}, "criteria": [ {{string.Join(", ", criteria)}} ] }""");
        }

        var decimals = random.Next(0, 3);
        var stages = Stages.Where(_ => random.Next(2) == 0).ToList();
        var rounding = $$"""{ "decimals": {{decimals}}, "mode": "{{Modes[random.Next(Modes.Length)]}}", "applyTo": [{{string.Join(", ", stages.Select(s => $"\"{s}\""))}}] }""";
        var bandCount = random.Next(2, 6);
        var cuts = Enumerable.Range(0, bandCount - 1).Select(_ => Math.Round((decimal)random.NextDouble() * total, random.Next(0, 3)))
            .Where(c => c > 0 && c < total).Distinct().Order().ToList();
        var bounds = new List<decimal> { 0m };
        bounds.AddRange(cuts);
        var bands = bounds.Select((low, i) => i == bounds.Count - 1
            ? $$"""{ "id": "b{{i + 1}}", "label": "第{{i + 1}}档", "level": {{i + 1}}, "range": "[{{Text(low)}}, {{total}}]" }"""
            : $$"""{ "id": "b{{i + 1}}", "label": "第{{i + 1}}档", "level": {{i + 1}}, "range": "[{{Text(low)}}, {{Text(bounds[i + 1])}})" }""").ToList();
        var vetoes = string.Empty;
        if (random.Next(2) == 0)
        {
            inputs.Add("""{ "id": "violations", "title": "违纪次数", "type": "count", "max": 5, "default": 0 }""");
            var action = random.Next(4) switch
            {
                0 => "\"action\": \"revoke\"",
                1 => $"\"action\": \"lowerBand\", \"levels\": {random.Next(1, 3)}",
                2 => $"\"action\": \"capBand\", \"maxLevel\": {random.Next(1, bands.Count + 1)}",
                _ => $"\"action\": \"capScore\", \"maxScore\": {random.Next(0, total + 1)}",
            };
            vetoes = $$"""  "vetoes": [ { "id": "v", "title": "否决", "when": "violations >= {{random.Next(1, 4)}}", {{action}}, "message": "否决" } ],""";
        }

        return $$"""
            {
              "id": "generated{{seed}}",
              "title": "生成规则{{seed}}",
              "version": "1",
              "effectiveFrom": "2026-01-01",
              "scoreRange": { "min": 0, "max": {{total}} },
              "rounding": {{rounding}},
            {{vetoes}}
              "inputs": [ {{string.Join(",\n    ", inputs)}} ],
              "areas": [ {{string.Join(",\n    ", areas)}} ],
              "bands": [ {{string.Join(",\n    ", bands)}} ]
            }
            """;
    }

    private static string Criterion(Random random, string id, int max, List<string> inputs)
    {
        var input = "i" + id[1..];
        switch (random.Next(4))
        {
            case 0:
                inputs.Add($$"""{ "id": "{{input}}", "title": "得分{{id}}", "type": "number", "min": 0, "max": {{max}} }""");
                return $$"""{ "id": "{{id}}", "title": "{{id}}", "max": {{max}}, "method": "points", "input": "{{input}}", "message": "{points}" }""";
            case 1:
                inputs.Add($$"""{ "id": "{{input}}", "title": "达标{{id}}", "type": "boolean" }""");
                var notMet = random.Next(2) == 0 ? string.Empty : $", \"pointsIfNotMet\": {random.Next(0, max)}";
                return $$"""{ "id": "{{id}}", "title": "{{id}}", "max": {{max}}, "method": "check", "input": "{{input}}"{{notMet}}, "message": "{points}" }""";
            case 2:
                inputs.Add($$"""{ "id": "{{input}}", "title": "次数{{id}}", "type": "count", "max": 10, "default": 0 }""");
                var per = Text(random.Next(1, 11) / 2m);
                var cap = random.Next(2) == 0 ? string.Empty : $", \"cap\": {random.Next(1, max + 1)}";
                return $$"""{ "id": "{{id}}", "title": "{{id}}", "max": {{max}}, "method": "deduction", "input": "{{input}}", "perOccurrence": {{per}}{{cap}}, "message": "扣{deducted}" }""";
            default:
                inputs.Add($$"""{ "id": "{{input}}", "title": "等次{{id}}", "type": "grade", "choices": ["好", "较好", "一般", "差"] }""");
                // Better grades never give fewer points: the choices are listed best first.
                var points = new List<int> { max };
                for (var g = 1; g < Grades.Length; g++)
                {
                    points.Add(random.Next(0, points[^1] + 1));
                }

                var table = string.Join(", ", Grades.Select((grade, g) => $"\"{grade}\": {points[g]}"));
                return $$"""{ "id": "{{id}}", "title": "{{id}}", "max": {{max}}, "method": "grade", "input": "{{input}}", "points": { {{table}} }, "message": "{points}" }""";
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The same value moved to one that should never score lower (more points, met, fewer occurrences, a better grade).</summary>
    public static Gen<(InputValue Worse, InputValue Better)> Pair(InputDefinition input) =>
        from a in RecordGen.Value(input)
        from b in RecordGen.Value(input)
        select Order(input, a, b);

    private static (InputValue, InputValue) Order(InputDefinition input, InputValue a, InputValue b) => input.Type switch
    {
        InputType.Number => a.Number <= b.Number ? (a, b) : (b, a),
        InputType.Count => a.Number >= b.Number ? (a, b) : (b, a),
        InputType.Boolean => a.Boolean && !b.Boolean ? (b, a) : (a, b),
        _ => Array.IndexOf(Grades, a.Text) >= Array.IndexOf(Grades, b.Text) ? (a, b) : (b, a),
    };

    /// <summary>A description of the rule file for a failure report.</summary>
    public static string Describe(int seed) => new StringBuilder().Append("rule file ").Append(seed).Append(": ").Append(Json(seed).ReplaceLineEndings(" ")).ToString();
}
