using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Expressions;

namespace PartyBuilding.Scoring.Rules;

// Rule file bytes → validated RuleSet with its expressions compiled. Reports every error it can find:
// JSON syntax, duplicate keys and text that is not UTF-8 first (nothing else can be trusted after those), then the
// type of each value, then the count limits (the later checks take time in proportion to the counts), then all
// validation, invisible-character, expression and band-coverage errors together.
internal static class RuleFileLoader
{
    public static RuleSet Load(byte[] bytes, string file, RuleSetLoadOptions options)
    {
        var errors = new List<RuleFileError>();
        if (bytes.Length > options.MaxFileBytes)
        {
            throw Fail(new RuleFileError(file, "$", 0, 0, RuleFileErrorCodes.FileTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The file is {bytes.Length} bytes; rule files are limited to {options.MaxFileBytes} bytes.")));
        }

        var utf8 = StripUtf8Bom(bytes, file);
        var map = JsonSourceMap.Build(utf8, file, errors);
        var invisible = errors.Count == 0 ? RuleFileCharacters.Check(map, file, errors) : [];
        if (errors.Count > 0)
        {
            throw Fail(errors);
        }

        RuleFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, RuleFileJsonContext.Default.RuleFileDocument);
        }
        catch (JsonException ex)
        {
            var path = ex.Path ?? "$";
            var (line, column) = map.Find(path);
            if (map.IsNumberAt(path) && ex.Message.Contains("System.Decimal", StringComparison.Ordinal))
            {
                throw Fail(new RuleFileError(file, path, line, column, RuleFileErrorCodes.NumberOutOfDecimalRange,
                    "This number is beyond the range of decimal numbers (about ±7.9e28); scores and limits must be ordinary numbers."));
            }

            if (ex.Message.Contains("System.Int32", StringComparison.Ordinal) && WholeNumberBeyondInt(map.NumberTextAt(path)) is { } message)
            {
                throw Fail(new RuleFileError(file, path, line, column, RuleFileErrorCodes.ValueOutOfRange, message));
            }

            throw Fail(new RuleFileError(file, path, line, column, RuleFileErrorCodes.WrongJsonType, DescribeTypeError(ex)));
        }

        if (document is null)
        {
            throw Fail(new RuleFileError(file, "$", 1, 1, RuleFileErrorCodes.WrongJsonType, "A rule file must be a JSON object, not null."));
        }

        var limits = RuleFileLimits.Check(document, options, file, map);
        if (limits.Count > 0)
        {
            throw Fail(limits);
        }

        errors.AddRange(invisible);
        errors.AddRange(RuleFileValidator.Validate(document, options, file, map));
        var tests = RuleFileTestCases.Build(document, file, map, errors);
        var builder = new Builder(document, file, map, options, errors);
        var ruleSet = builder.Build(CanonicalJson.Sha256(utf8), tests);
        if (errors.Count > 0 || ruleSet is null)
        {
            throw Fail(errors);
        }

        return ruleSet;
    }

    private static byte[] StripUtf8Bom(byte[] bytes, string file)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return bytes[3..];
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || (bytes.Length > 1 && (bytes[0] == 0 || bytes[1] == 0)))
        {
            throw Fail(new RuleFileError(file, "$", 1, 1, RuleFileErrorCodes.NotUtf8,
                "The file is not UTF-8 (it looks like UTF-16); save it as UTF-8."));
        }

        return bytes;
    }

    // A whole number that does not fit a whole-number setting is too large (or too small), not of the wrong type.
    private static string? WholeNumberBeyondInt(string? text)
    {
        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || Math.Floor(value) != value)
        {
            return null;
        }

        return value > int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"The whole number {text} is too large here: the largest allowed is {int.MaxValue}.")
            : value < int.MinValue
                ? string.Create(CultureInfo.InvariantCulture, $"The whole number {text} is too small here: the smallest allowed is {int.MinValue}.")
                : null;
    }

    private static string DescribeTypeError(JsonException ex)
    {
        var expected = ex.Message switch
        {
            var m when m.Contains("System.Decimal", StringComparison.Ordinal) => "a number (written without quotes)",
            var m when m.Contains("System.Int32", StringComparison.Ordinal) => "a whole number",
            var m when m.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
            var m when m.Contains("System.String", StringComparison.Ordinal) => "text in double quotes",
            var m when m.Contains("List", StringComparison.Ordinal) => "a list in [ ]",
            var m when m.Contains("Dictionary", StringComparison.Ordinal) || m.Contains("Document", StringComparison.Ordinal) => "an object in { }",
            _ => "a different kind of value",
        };
        return $"This value has the wrong type: {expected} is expected here.";
    }

    private static RuleFileException Fail(RuleFileError error) => new([error]);

    private static RuleFileException Fail(List<RuleFileError> errors) =>
        new([.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Code, StringComparer.Ordinal)]);

    // Builds the model from a document. Tolerant: it compiles every expression and checks every band
    // table it can, even when validation already failed elsewhere, so one pass reports everything.
    private sealed class Builder(RuleFileDocument doc, string file, JsonSourceMap map, RuleSetLoadOptions options, List<RuleFileError> errors)
    {
        public RuleSet? Build(string sha256, IReadOnlyList<RuleFileTest> tests)
        {
            var inputs = BuildInputs();
            var rounding = BuildRounding();
            var compiler = new ExpressionCompiler(inputs, rounding.Mode, options);
            var formulas = new Dictionary<string, CompiledExpression<decimal>>(StringComparer.Ordinal);
            var conditions = new Dictionary<string, CompiledExpression<bool>>(StringComparer.Ordinal);
            var areas = doc.Areas ?? [];
            for (var a = 0; a < areas.Count; a++)
            {
                var criteria = areas[a]?.Criteria ?? [];
                for (var c = 0; c < criteria.Count; c++)
                {
                    if (criteria[c] is { Method: "formula", Expression: { } text, Id: { } id } && !string.IsNullOrWhiteSpace(text))
                    {
                        var compiled = compiler.CompileNumber(text, out var problem);
                        Report($"$.areas[{a}].criteria[{c}].expression", problem);
                        if (compiled is not null)
                        {
                            formulas[id] = compiled;
                        }
                    }
                }
            }

            var vetoes = doc.Vetoes ?? [];
            for (var v = 0; v < vetoes.Count; v++)
            {
                if (vetoes[v] is { When: { } text, Id: { } id } && !string.IsNullOrWhiteSpace(text))
                {
                    var compiled = compiler.CompileCondition(text, out var problem);
                    Report($"$.vetoes[{v}].when", problem);
                    if (compiled is not null)
                    {
                        conditions[id] = compiled;
                    }
                }
            }

            var bands = BuildBands("$.bands", doc.Bands, rounding);
            var bandsByType = new SortedDictionary<string, IReadOnlyList<BandDefinition>>(StringComparer.Ordinal);
            foreach (var (type, list) in doc.BandsByType ?? [])
            {
                bandsByType[type] = BuildBands(JsonSourceMap.Child("$.bandsByType", type), list, rounding);
            }

            if (errors.Count > 0)
            {
                return null;
            }

            var categories = (doc.Categories ?? []).Select(c => new CategoryDefinition(c!.Id!, c.Title!)).ToArray();
            var reviews = BuildReviews();
            return new RuleSet(
                new RuleSetIdentity(doc.Id!, doc.Version!, sha256), doc.Title!,
                DateOnly.ParseExact(doc.EffectiveFrom!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                doc.Description, doc.Source, doc.ScoreRange!.Min!.Value, doc.ScoreRange.Max!.Value,
                doc.PointsOutOfRange == "reject", rounding, categories, inputs, BuildAreas(), reviews, bands, bandsByType,
                BuildVetoes(), formulas, conditions)
            {
                DutyReview = OversightModel.DutyReview(doc),
                Rectification = OversightModel.Rectification(doc),
                Components = RuleFileSections.Components(doc),
                Ranking = RuleFileSections.Ranking(doc),
                Lagging = RuleFileSections.Lagging(doc),
                Rollups = RuleFileSections.Rollups(doc),
                Quotas = RuleFileSections.Quotas(doc),
                Peers = RuleFileSections.Peers(doc),
                ChildInputs = RuleFileSections.ChildInputs(doc),
                FileName = file,
                EffectiveFromPosition = map.Find("$.effectiveFrom"),
                EffectiveUntil = CycleRulesBuilder.EffectiveUntil(doc),
                PeriodComponents = CycleRulesBuilder.Components(doc),
                YearRulesOn = CycleRulesBuilder.YearRulesDay(doc.Periods?.YearRulesOn)!.Value,
                YearRulesOnPosition = map.Find(doc.Periods?.YearRulesOn is null ? "$.periods" : "$.periods.yearRulesOn"),
                StarValidityYears = doc.StarValidity?.Years,
                EventRules = CycleRulesBuilder.EventRules(doc),
                Procedure = CycleRulesBuilder.Procedure(doc),
                Tests = tests,
                TestsSectionPosition = doc.Tests is null ? null : map.Find("$.tests"),
            };
        }

        private void Report(string path, ExpressionProblem? problem)
        {
            if (problem is null)
            {
                return;
            }

            // Point at the offending character of the expression when the parser says which one.
            var (line, column) = problem.Position is { } position ? map.PositionInString(path, position) : map.Find(path);
            errors.Add(new RuleFileError(file, path, line, column, problem.Code, problem.Message));
        }

        private List<InputDefinition> BuildInputs()
        {
            var result = new List<InputDefinition>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var input in doc.Inputs ?? [])
            {
                if (input is { Id: { } id, Type: { } typeText } && RuleFileVocabulary.InputId().IsMatch(id)
                    && RuleFileVocabulary.InputTypes.TryGetValue(typeText, out var type) && seen.Add(id))
                {
                    var choices = (input.Choices ?? []).OfType<string>().ToArray();
                    var fallback = input.Default is { } element ? InputDefaults.Convert(element, input, type) : null;
                    var min = type == InputType.Count ? input.Min ?? 0 : input.Min;
                    result.Add(new InputDefinition(id, input.Title ?? id, type, min, input.Max, choices, input.Unit, input.Description, fallback));
                }
            }

            return result;
        }

        private RoundingPolicy BuildRounding()
        {
            var rounding = doc.Rounding;
            var mode = rounding?.Mode is { } m && RuleFileVocabulary.RoundingModes.TryGetValue(m, out var parsed) ? parsed : MidpointRounding.AwayFromZero;
            var stages = rounding?.ApplyTo is { } list
                ? list.Aggregate(RoundingStage.None, (all, s) => all | (s is not null && RuleFileVocabulary.RoundingStages.TryGetValue(s, out var stage) ? stage : RoundingStage.None))
                : RoundingStage.Final;
            return new RoundingPolicy(Math.Clamp(rounding?.Decimals ?? 2, 0, 10), mode, stages);
        }

        private List<BandDefinition> BuildBands(string tablePath, List<BandDocument?>? list, RoundingPolicy rounding)
        {
            var bands = new List<(int Index, BandDefinition Band)>();
            var complete = true;
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (list![i] is { Id: { } id, Level: { } level, Range: { } text } band && BandRange.TryParse(text) is { } range)
                {
                    bands.Add((i, new BandDefinition(id, band.Label ?? id, level, range.Lower, range.LowerInclusive, range.Upper, range.UpperInclusive)));
                }
                else
                {
                    complete = false;
                }
            }

            if (complete && bands.Count > 0 && doc.ScoreRange is { Min: { } min, Max: { } max } && min < max)
            {
                var decimals = (rounding.AppliesTo & RoundingStage.Final) != 0 ? rounding.Decimals : (int?)null;
                foreach (var (bandIndex, code, message) in BandCoverage.Check([.. bands.Select(b => b.Band)], min, max, decimals))
                {
                    var path = bandIndex is { } b ? $"{tablePath}[{bands[b].Index}].range" : tablePath;
                    var (line, column) = map.Find(path);
                    errors.Add(new RuleFileError(file, path, line, column, code, message));
                }
            }

            return [.. bands.Select(b => b.Band).OrderByDescending(b => b.Level)];
        }

        private List<ReviewSourceDefinition> BuildReviews()
        {
            var list = (doc.Reviews ?? []).Select(r => r!).ToList();
            var total = list.Sum(r => r.Weight!.Value);
            var scale = total == 100m ? 100m : 1m;
            return [.. list.Select(r => new ReviewSourceDefinition(r.Id!, r.Title!, r.Weight!.Value / scale, RuleFileVocabulary.Supplies[r.Supplies!]))];
        }

        private List<AreaDefinition> BuildAreas() =>
        [
            .. (doc.Areas ?? []).Select(a => new AreaDefinition(
                a!.Id!, a.Title!, a.Max!.Value, a.Cap, Sorted(a.MaxByType), Types(a.AppliesTo),
                [.. (a.Criteria ?? []).Select(c => new CriterionDefinition(
                    c!.Id!, c.Title!, a.Id!, c.Max!.Value, Sorted(c.MaxByType), Types(c.AppliesTo),
                    c.Kind is null ? CriterionKind.Regular : RuleFileVocabulary.Kinds[c.Kind],
                    RuleFileVocabulary.Methods[c.Method!], c.Input, c.PointsIfNotMet ?? 0m, c.PerOccurrence ?? 0m, c.Cap,
                    Sorted(c.Points), c.Expression, c.Message!)
                {
                    EffectiveFrom = OversightModel.Date(c.EffectiveFrom),
                    DeadlineDays = c.DeadlineDays,
                })])),
        ];

        private List<VetoDefinition> BuildVetoes() =>
        [
            .. (doc.Vetoes ?? []).Select(v => new VetoDefinition(
                v!.Id!, v.Title!, v.When!, RuleFileVocabulary.Actions[v.Action!], v.Levels, v.MaxLevel, v.MaxScore, v.Message!)),
        ];

        private static SortedDictionary<string, decimal> Sorted(Dictionary<string, decimal>? values) =>
            new(values ?? [], StringComparer.Ordinal);

        private static string[] Types(List<string?>? types) => [.. (types ?? []).OfType<string>()];
    }
}
