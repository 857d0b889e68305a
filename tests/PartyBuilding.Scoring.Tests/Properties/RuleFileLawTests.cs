using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Properties;

// The loader's laws over generated rule files: small files built from a grammar (inputs, points and formula criteria,
// vetoes), with expressions drawn from the expression grammar plus forbidden tokens, and the same files garbled byte by
// byte. 10,000 cases per law in CI. The longer fuzzing pass runs the same laws for a while instead of a count:
// PB_FUZZ_SECONDS=600 tests/fuzz-rule-files.sh (see SECURITY.md for what it found).
public sealed class RuleFileLawTests
{
    private const int Iterations = 10_000;

    private static readonly Lock LogLock = new();

    private static readonly string[] Atoms =
    [
        "x0", "x1", "x2", "0", "1", "2.5", "100", "0.001", "-3", "79228162514264337593543950335", "1e30", "1e-30", "b ? 1 : 0",
    ];

    // Things the sandbox must refuse, and things on its edge that it must handle without throwing anything of its own.
    private static readonly string[] Hostile =
    [
        "x0.GetType()", "\"\".PadLeft(5)", "new[] { 1 }", "new(x0 as a).a", "it", "@0", "np(x0)", "typeof(int)", "int(x0)", "object(x0)",
        "Enumerable.Range(0, 3).Count()", "\u0445", "x0\u202e", "'('", "\"\\\"\"", "'\"'", "Math.Pow(x0, 2)", "x0 == null", "DateTime.Now.Year",
        "iif(b, x0, 1)", "Math.Round(x0, 2)", "Math.Round(x0, 99)", "Math.Round(x0, x1)", "x0 / 0", "\"好\"", "true", "b && b", "x0 is int",
        "x0 as object", "System.IO.File.Exists(\"x\")", "Math.Abs(-79228162514264337593543950335)", "x0 % 0", "-x0", "!b", "~x0", "x0 ?? 1",
        new string('(', 40) + "x0" + new string(')', 40), string.Concat(Enumerable.Repeat("-", 40)) + "x0", "x0[0]", "x0.Length", "\"a\" + \"b\"",
        "Math.Min(x0)", "Math.Max(x0, x1, x2)", "1.5m", "1L", "0x10", "x0 ? 1 : 0", "b ? \"a\" : 1", "x0 == \"好\"", "b == 1",
    ];

    private static readonly string[] Operators = [" + ", " - ", " * ", " / ", " % ", " > ", " <= ", " == ", " != ", " && ", " || "];

    private static readonly string[] Garbage =
    [
        ",", "}", "{", "]", "[", "\"", ":", "//", "/*", "null", "NaN", "1e999", "-", "\\u0000", "\\ud800", "\u202e", "\uFEFF", "\"id\": 1,", "\0",
    ];

    private static readonly Gen<string>[] Expressions = BuildExpressions(3);

    private static int Budget() =>
        int.TryParse(Environment.GetEnvironmentVariable("PB_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : -1;

    [Fact]
    public void Load_GeneratedOrGarbledRuleFile_ThrowsNothingButRuleFileException()
    {
        var (loaded, refused) = (0, 0);
        var gen =
            from text in RuleFile
            from mutations in Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, Garbage.Length - 1], Gen.Int[1, 40]).Array[0, 4]
            select Garble(Encoding.UTF8.GetBytes(text), mutations);

        gen.Sample(bytes =>
        {
            try
            {
                RuleFileLoader.Load(bytes, "generated.json", RuleSetLoadOptions.Default);
                Interlocked.Increment(ref loaded);
            }
            catch (RuleFileException ex)
            {
                Assert.All(ex.Errors, e => Assert.Matches("^PBS[0-9]{3}$", e.Code));
                Interlocked.Increment(ref refused);
            }
        }, iter: Iterations, time: Budget(), print: bytes => Encoding.UTF8.GetString(bytes));

        Report($"loader law: {loaded + refused} generated files, {loaded} loaded, {refused} refused with RuleFileException, no other exception");
        Assert.True(loaded > 0 && refused > 0, $"{loaded} loaded, {refused} refused: the generator must produce both");
    }

    [Fact]
    public void Load_ValidRuleFile_SurvivesSaveAndLoadUnchanged()
    {
        var (loaded, refused) = (0, 0);
        RuleFile.Sample(text =>
        {
            ScoringEngine first;
            try
            {
                first = ScoringEngine.Parse(text, "generated.json");
            }
            catch (RuleFileException)
            {
                Interlocked.Increment(ref refused);
                return;
            }

            var saved = CanonicalJson.Write(Encoding.UTF8.GetBytes(text));
            var second = ScoringEngine.Parse(Encoding.UTF8.GetString(saved), "generated.json");

            Assert.Equal(first.RuleSet.Identity, second.RuleSet.Identity);
            Assert.Equal(saved, CanonicalJson.Write(saved));
            Assert.Equal(Describe(first), Describe(second));
            Interlocked.Increment(ref loaded);
        }, iter: Iterations, time: Budget());

        Report($"round-trip law: {loaded + refused} generated files, {loaded} valid ones loaded, saved and loaded unchanged ({refused} invalid ones skipped)");
        Assert.True(loaded >= refused / 4, $"only {loaded} of {loaded + refused} generated files were valid");
    }

    [Fact]
    public void Compile_GeneratedExpression_GivesADelegateOrAProblemAndThrowsNothing()
    {
        var inputs = new[]
        {
            new InputDefinition("x0", "X0", InputType.Number, 0, 100, [], null, null, null),
            new InputDefinition("x1", "X1", InputType.Number, 0, 100, [], null, null, null),
            new InputDefinition("x2", "X2", InputType.Number, 0, 100, [], null, null, null),
            new InputDefinition("b", "B", InputType.Boolean, null, null, [], null, null, null),
        };
        var compiler = new Expressions.ExpressionCompiler(inputs, MidpointRounding.AwayFromZero, RuleSetLoadOptions.Default);
        var (compiled, refused) = (0, 0);
        var gen = Gen.Frequency((3, Expressions[3]), (1, Expressions[3].Select(e => e + " > 50")));

        gen.Sample(text =>
        {
            lock (compiler)
            {
                var number = compiler.CompileNumber(text, out var numberProblem);
                var condition = compiler.CompileCondition(text, out var conditionProblem);
                Assert.True((number is null) != (numberProblem is null) && (condition is null) != (conditionProblem is null), text);
                Assert.All(new[] { numberProblem, conditionProblem }.OfType<Expressions.ExpressionProblem>(), p => Assert.Matches("^PBS[0-9]{3}$", p.Code));
                compiled += (number is null ? 0 : 1) + (condition is null ? 0 : 1);
                refused += (number is null ? 1 : 0) + (condition is null ? 1 : 0);
            }
        }, iter: Iterations, time: Budget(), print: text => text);

        Report($"expression law: {compiled + refused} compilations of generated expressions, {compiled} compiled, {refused} refused with a problem");
        Assert.True(compiled > 0 && refused > 0, $"{compiled} compiled, {refused} refused: the generator must produce both");
    }

    // The model and the outcome of a full-marks record, as text: equal texts mean the same rule set.
    private static string Describe(ScoringEngine engine)
    {
        var rules = engine.RuleSet;
        string outcome;
        try
        {
            var result = engine.Score(engine.CreateFullMarksRecord());
            outcome = $"{result.Score} {result.Band?.Id} {string.Join(';', result.Trace)}";
        }
        catch (RecordRejectedException ex)
        {
            outcome = ex.Message;
        }

        return string.Join('\n',
        [
            string.Join(';', rules.Inputs.Select(i => $"{i.Id}:{i.Type}:{i.Min}:{i.Max}")),
            string.Join(';', rules.Areas.SelectMany(a => a.Criteria).Select(c => $"{c.AreaId}/{c.Id}:{c.Max}:{c.Method}:{c.Input}:{c.Expression}:{c.Message}")),
            string.Join(';', rules.Bands.Select(b => $"{b.Id}:{b.Level}:{b.Range}")),
            string.Join(';', rules.Vetoes.Select(v => $"{v.Id}:{v.When}:{v.Action}")),
            outcome,
        ]);
    }

    // The fuzzing script collects the counts of its run in PB_FUZZ_LOG.
    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (Environment.GetEnvironmentVariable("PB_FUZZ_LOG") is { Length: > 0 } log)
        {
            lock (LogLock)
            {
                File.AppendAllText(log, line + Environment.NewLine);
            }
        }
    }

    // A rule file of the grammar: 1–3 number inputs and a boolean, 1–2 areas of 1–3 criteria (points or formula), 0–1 veto.
    // One file in ten has expressions: the first expression of a load costs milliseconds (the parser's set-up), the rest
    // of a load a fraction of one. The expressions themselves get their own law below, on one compiler, 10,000 of them.
    private static readonly Gen<string> RuleFile =
        from inputCount in Gen.Int[1, 3]
        from withExpressions in Gen.Int[0, 9].Select(i => i == 0)
        from areas in Area(withExpressions).Array[1, 2]
        from vetoes in Expressions[1].Select(e => e + " > 50").Array[0, withExpressions ? 1 : 0]
        select Assemble(inputCount, areas, vetoes);

    private static Gen<(int Max, bool Formula, int Input, string Expression)[]> Area(bool withExpressions) =>
        Gen.Select(Gen.Int[1, 100], Gen.Int[0, 2].Select(i => withExpressions && i == 0), Gen.Int[0, 2], Expressions[3]).Array[1, 3];

    private static string Assemble(int inputCount, (int Max, bool Formula, int Input, string Expression)[][] areas, string[] vetoes)
    {
        var text = new StringBuilder();
        text.Append("""{ "id": "generated", "title": "生成", "version": "1", "effectiveFrom": "2026-01-01", "scoreRange": { "min": 0, "max": 100 }, "inputs": [ """);
        for (var i = 0; i < 3; i++)
        {
            // Inputs a file does not read are fine; the criteria's inputs beyond inputCount make some files invalid on purpose.
            if (i < inputCount)
            {
                text.Append(CultureInfo.InvariantCulture, $$"""{ "id": "x{{i}}", "title": "X{{i}}", "type": "number", "min": 0, "max": 100 }, """);
            }
        }

        text.Append("""{ "id": "b", "title": "B", "type": "boolean" } ], "areas": [ """);
        for (var a = 0; a < areas.Length; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""{{(a > 0 ? ", " : "")}}{ "id": "a{{a}}", "title": "A", "max": 100, "criteria": [ """);
            for (var c = 0; c < areas[a].Length; c++)
            {
                var (max, formula, input, expression) = areas[a][c];
                var scoring = formula ? $"\"method\": \"formula\", \"expression\": {JsonSerializer.Serialize(expression)}" : $"\"method\": \"points\", \"input\": \"x{input}\"";
                text.Append(CultureInfo.InvariantCulture, $$"""{{(c > 0 ? ", " : "")}}{ "id": "c{{a}}_{{c}}", "title": "C", "max": {{max}}, {{scoring}}, "message": "得{points}分" }""");
            }

            text.Append(" ] }");
        }

        text.Append(" ], ");
        if (vetoes.Length > 0)
        {
            text.Append("\"vetoes\": [ ");
            text.AppendJoin(", ", vetoes.Select((when, v) => $$"""{ "id": "v{{v}}", "title": "V", "when": {{JsonSerializer.Serialize(when)}}, "action": "revoke", "message": "否决" }"""));
            text.Append(" ], ");
        }

        text.Append("""
            "bands": [ { "id": "pass", "label": "合格", "level": 2, "range": "[60, 100]" }, { "id": "fail", "label": "不合格", "level": 1, "range": "[0, 60)" } ] }
            """);
        return text.ToString();
    }

    // Expressions up to the given depth: mostly the allowed grammar, sometimes a hostile piece anywhere inside.
    private static Gen<string>[] BuildExpressions(int depth)
    {
        var atom = Gen.Frequency((30, Gen.OneOf(Atoms)), (1, Gen.OneOf(Hostile)));
        var levels = new Gen<string>[depth + 1];
        levels[0] = atom;
        for (var d = 1; d <= depth; d++)
        {
            var inner = levels[d - 1];
            levels[d] = Gen.Frequency(
                (3, atom),
                (3, Gen.Select(inner, Gen.OneOf(Operators), inner).Select((l, op, r) => l + op + r)),
                (1, inner.Select(e => "(" + e + ")")),
                (1, Gen.Select(Gen.OneOf("Min", "Max"), inner, inner).Select((f, l, r) => $"Math.{f}({l}, {r})")),
                (1, Gen.Select(Gen.OneOf("Abs", "Floor", "Ceiling", "Truncate", "Round"), inner).Select((f, e) => $"Math.{f}({e})")),
                (1, Gen.Select(inner, inner, inner).Select((c, l, r) => $"{c} > 1 ? {l} : {r}")));
        }

        return levels;
    }

    // Mutations: 0 flip a byte, 1 delete a run, 2 insert a garbage token, 3 cut the file, 4 repeat a run.
    private static byte[] Garble(byte[] bytes, (int Kind, double At, int Token, int Length)[] mutations)
    {
        var data = new List<byte>(bytes);
        foreach (var (kind, at, token, length) in mutations)
        {
            var i = Math.Min((int)(at * data.Count), Math.Max(data.Count - 1, 0));
            var run = Math.Min(length, data.Count - i);
            switch (kind)
            {
                case 0 when data.Count > 0:
                    data[i] = (byte)(data[i] ^ (1 << (length % 8)));
                    break;
                case 1:
                    data.RemoveRange(i, run);
                    break;
                case 2:
                    data.InsertRange(i, Encoding.UTF8.GetBytes(Garbage[token]));
                    break;
                case 3:
                    data.RemoveRange(i, data.Count - i);
                    break;
                case 4:
                    data.InsertRange(i, data.GetRange(i, run));
                    break;
            }
        }

        return [.. data];
    }
}
