using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace PartyBuilding.Scoring.Rules;

// Structural and cross-reference validation of a rule file, with FluentValidation. Failures carry the
// JSON path in PropertyName (converted from FluentValidation's "Areas[0].Max" form where needed) and a
// stable code in ErrorCode. Expressions and band coverage are checked by RuleSetCompiler.
internal sealed partial class RuleFileValidator : AbstractValidator<RuleFileDocument>
{
    public RuleFileValidator(RuleSetLoadOptions options)
    {
        RuleFor(x => x.Id).NotEmpty().WithErrorCode(RuleFileErrorCodes.Missing).WithMessage("The rule set needs an \"id\".")
            .Matches(RuleFileVocabulary.Id()).WithErrorCode(RuleFileErrorCodes.InvalidId)
            .WithMessage("The id \"{PropertyValue}\" is not valid: use letters, digits, '_', '.' or '-', starting with a letter.");
        RuleFor(x => x.Title).NotEmpty().WithErrorCode(RuleFileErrorCodes.Missing).WithMessage("The rule set needs a \"title\".");
        RuleFor(x => x.Version).NotEmpty().WithErrorCode(RuleFileErrorCodes.Missing).WithMessage("The rule set needs a \"version\".");
        RuleFor(x => x.EffectiveFrom).NotEmpty().WithErrorCode(RuleFileErrorCodes.Missing)
            .WithMessage("The rule set needs an \"effectiveFrom\" date (yyyy-MM-dd).")
            .Must(BeADate).WithErrorCode(RuleFileErrorCodes.InvalidDate)
            .WithMessage("\"{PropertyValue}\" is not a date written as yyyy-MM-dd, e.g. 2026-01-01.");
        RuleFor(x => x.ScoreRange).NotNull().WithErrorCode(RuleFileErrorCodes.Missing)
            .WithMessage("The rule set needs a \"scoreRange\" such as { \"min\": 0, \"max\": 100 }.");
        RuleFor(x => x.PointsOutOfRange).Must(v => v is null || RuleFileVocabulary.PointsOutOfRange.Contains(v))
            .WithErrorCode(RuleFileErrorCodes.UnknownValue)
            .WithMessage("\"{PropertyValue}\" is not a known setting: use \"clamp\" or \"reject\".");
        RuleFor(x => x.Inputs).NotEmpty().WithErrorCode(RuleFileErrorCodes.Missing).WithMessage("The rule set needs at least one declared input.");
        RuleFor(x => x.Areas).NotEmpty().WithErrorCode(RuleFileErrorCodes.Missing).WithMessage("The rule set needs at least one area.");
        RuleFor(x => x.Bands).NotEmpty().WithErrorCode(RuleFileErrorCodes.Missing).WithMessage("The rule set needs a band table.");
        RuleFor(x => x).Custom((doc, context) => new CrossChecks(doc, context).Run());
        RuleFor(x => x).Custom((doc, context) => new CycleRulesValidator(doc, (path, code, message) =>
            context.AddFailure(new ValidationFailure(path, message) { ErrorCode = code })).Run());
    }

    public static IReadOnlyList<RuleFileError> Validate(RuleFileDocument document, RuleSetLoadOptions options, string file, JsonSourceMap map)
    {
        var result = new RuleFileValidator(options).Validate(document);
        return [.. result.Errors.Select(failure =>
        {
            var path = ToJsonPath(failure.PropertyName);
            var (line, column) = failure.ErrorCode == RuleFileErrorCodes.UnknownProperty ? map.FindName(path) : map.Find(path);
            return new RuleFileError(file, path, line, column, failure.ErrorCode, failure.ErrorMessage);
        })];
    }

    // "Areas[0].Criteria[2].Max" → "$.areas[0].criteria[2].max"; paths we built ourselves start with "$".
    internal static string ToJsonPath(string propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return "$";
        }

        if (propertyName.StartsWith('$'))
        {
            return propertyName;
        }

        var segments = propertyName.Split('.').Select(s => s.Length > 0 ? char.ToLowerInvariant(s[0]) + s[1..] : s);
        return "$." + string.Join('.', segments);
    }

    internal static string UnknownPropertyMessage(string name) =>
        $"\"{name}\" is not a property the rule-file format knows here; check the spelling (property names are case-sensitive).";

    private static bool BeADate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // The checks that need the whole document at once: identifiers, references between parts,
    // methods against input types, weights, band syntax and unknown properties.
    private sealed partial class CrossChecks(RuleFileDocument doc, ValidationContext<RuleFileDocument> context)
    {
        private readonly Dictionary<string, InputDocument> inputs = new(StringComparer.Ordinal);
        private readonly HashSet<string> categories = new(StringComparer.Ordinal);

        public void Run()
        {
            Unknown("$", doc.Unknown);
            CheckScoreRange();
            CheckRounding();
            CheckCategories();
            CheckInputs();
            CheckReviews();
            CheckAreas();
            CheckBandTable("$.bands", doc.Bands);
            foreach (var (type, bands) in doc.BandsByType ?? [])
            {
                var path = JsonSourceMap.Child("$.bandsByType", type);
                CheckCategoryReference(path, type);
                if (bands is null || bands.Count == 0)
                {
                    Fail(path, RuleFileErrorCodes.Missing, $"The band table for type \"{type}\" is empty.");
                }

                CheckBandTable(path, bands);
            }

            CheckVetoes();
            new OversightChecks(doc, inputs, Fail, Unknown).Run();
            CheckComponents();
            CheckRanking();
            CheckLagging();
            CheckRollups();
            CheckQuotas();
            CheckPeers();
            CheckChildInputs();
        }

        // The common walk over a list of identified items: null items, unknown properties, id syntax and
        // uniqueness; the item-specific checks follow in `check` with the item's path.
        private void Each<T>(string listPath, List<T?>? list, string what, Func<T, string?> id, Func<T, Dictionary<string, JsonElement>?> unknown,
            HashSet<string> ids, Action<string, T> check, string scope = "")
            where T : class
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                var path = $"{listPath}[{i}]";
                if (list![i] is not { } item)
                {
                    Fail(path, RuleFileErrorCodes.Missing, $"A {what} cannot be null.");
                    continue;
                }

                Unknown(path, unknown(item));
                if (CheckId(path + ".id", id(item), what, RuleFileVocabulary.Id()) && !ids.Add(id(item)!))
                {
                    Fail(path + ".id", RuleFileErrorCodes.DuplicateId, $"The {what} \"{id(item)}\" is declared twice{scope}.");
                }

                check(path, item);
            }
        }

        private void Fail(string path, string code, string message) =>
            context.AddFailure(new ValidationFailure(path, message) { ErrorCode = code });

        private void Unknown(string path, Dictionary<string, JsonElement>? unknown)
        {
            foreach (var name in unknown?.Keys ?? Enumerable.Empty<string>())
            {
                Fail(JsonSourceMap.Child(path, name), RuleFileErrorCodes.UnknownProperty, UnknownPropertyMessage(name));
            }
        }

        private void CheckScoreRange()
        {
            if (doc.ScoreRange is not { } range)
            {
                return;
            }

            Unknown("$.scoreRange", range.Unknown);
            if (range.Min is null)
            {
                Fail("$.scoreRange.min", RuleFileErrorCodes.Missing, "The score range needs a \"min\".");
            }

            if (range.Max is null)
            {
                Fail("$.scoreRange.max", RuleFileErrorCodes.Missing, "The score range needs a \"max\".");
            }

            if (range is { Min: { } min, Max: { } max } && min >= max)
            {
                Fail("$.scoreRange.max", RuleFileErrorCodes.ValueOutOfRange, $"The score range's max ({Text(max)}) must be greater than its min ({Text(min)}).");
            }
        }

        private void CheckRounding()
        {
            if (doc.Rounding is not { } rounding)
            {
                return;
            }

            Unknown("$.rounding", rounding.Unknown);
            if (rounding.Decimals is < 0 or > 10)
            {
                Fail("$.rounding.decimals", RuleFileErrorCodes.ValueOutOfRange, "Rounding decimals must be between 0 and 10.");
            }

            if (rounding.Mode is { } mode && !RuleFileVocabulary.RoundingModes.ContainsKey(mode))
            {
                Fail("$.rounding.mode", RuleFileErrorCodes.UnknownValue,
                    $"\"{mode}\" is not a rounding mode: use one of {RuleFileVocabulary.List(RuleFileVocabulary.RoundingModes.Keys)}.");
            }

            for (var i = 0; i < (rounding.ApplyTo?.Count ?? 0); i++)
            {
                var stage = rounding.ApplyTo![i];
                if (stage is null || !RuleFileVocabulary.RoundingStages.ContainsKey(stage))
                {
                    Fail($"$.rounding.applyTo[{i}]", RuleFileErrorCodes.UnknownValue,
                        $"\"{stage}\" is not a rounding stage: use any of {RuleFileVocabulary.List(RuleFileVocabulary.RoundingStages.Keys)}.");
                }
            }
        }

        private void CheckCategories() =>
            Each("$.categories", doc.Categories, "category", c => c.Id, c => c.Unknown, categories,
                (path, category) => Require(path + ".title", category.Title, "category"));

        private void CheckInputs()
        {
            var list = doc.Inputs ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                var path = $"$.inputs[{i}]";
                if (list[i] is not { } input)
                {
                    Fail(path, RuleFileErrorCodes.Missing, "An input cannot be null.");
                    continue;
                }

                Unknown(path, input.Unknown);
                if (CheckInputId(path + ".id", input.Id) && !inputs.TryAdd(input.Id!, input))
                {
                    Fail(path + ".id", RuleFileErrorCodes.DuplicateId, $"The input \"{input.Id}\" is declared twice.");
                }

                Require(path + ".title", input.Title, "input");
                if (input.Type is null)
                {
                    Fail(path + ".type", RuleFileErrorCodes.Missing, $"The input \"{input.Id}\" needs a \"type\": one of {RuleFileVocabulary.List(RuleFileVocabulary.InputTypes.Keys)}.");
                    continue;
                }

                if (!RuleFileVocabulary.InputTypes.TryGetValue(input.Type, out var type))
                {
                    Fail(path + ".type", RuleFileErrorCodes.UnknownValue, $"\"{input.Type}\" is not an input type: use one of {RuleFileVocabulary.List(RuleFileVocabulary.InputTypes.Keys)}.");
                    continue;
                }

                CheckInputShape(path, input, type);
            }
        }

        private void CheckInputShape(string path, InputDocument input, InputType type)
        {
            if (type is InputType.Boolean or InputType.Grade)
            {
                if (input.Min is not null || input.Max is not null)
                {
                    Fail(path + (input.Min is not null ? ".min" : ".max"), RuleFileErrorCodes.ConflictingOptions,
                        $"The {input.Type} input \"{input.Id}\" cannot have \"min\" or \"max\".");
                }
            }
            else if (input is { Min: { } min, Max: { } max } && min > max)
            {
                Fail(path + ".max", RuleFileErrorCodes.ValueOutOfRange, $"The input \"{input.Id}\" has max {Text(max)} below its min {Text(min)}.");
            }

            if (type == InputType.Count && input.Min is < 0)
            {
                Fail(path + ".min", RuleFileErrorCodes.ValueOutOfRange, $"The count input \"{input.Id}\" cannot have a negative min.");
            }

            if (type == InputType.Grade)
            {
                var choices = input.Choices ?? [];
                if (choices.Count == 0)
                {
                    Fail(path + ".choices", RuleFileErrorCodes.Missing, $"The grade input \"{input.Id}\" needs its \"choices\", e.g. [\"好\", \"较好\", \"一般\", \"差\"].");
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var c = 0; c < choices.Count; c++)
                {
                    if (string.IsNullOrWhiteSpace(choices[c]) || !seen.Add(choices[c]!))
                    {
                        Fail($"{path}.choices[{c}]", RuleFileErrorCodes.DuplicateId, $"The choice \"{choices[c]}\" of input \"{input.Id}\" is empty or listed twice.");
                    }
                }
            }
            else if (input.Choices is not null)
            {
                Fail(path + ".choices", RuleFileErrorCodes.ConflictingOptions, $"Only grade inputs have \"choices\"; \"{input.Id}\" is a {input.Type} input.");
            }

            if (input.Required == true && input.Default is not null)
            {
                Fail(path + ".required", RuleFileErrorCodes.ConflictingOptions,
                    $"The input \"{input.Id}\" is marked required but has a default, which would never be used; remove one of them.");
            }

            if (input.Required == false && input.Default is null)
            {
                Fail(path + ".required", RuleFileErrorCodes.ConflictingOptions,
                    $"The input \"{input.Id}\" is optional but has no \"default\" to use when a record leaves it out.");
            }

            if (input.Default is { } value && InputDefaults.Convert(value, input, type) is null)
            {
                Fail(path + ".default", RuleFileErrorCodes.ValueOutOfRange,
                    $"The default {value.GetRawText()} of input \"{input.Id}\" is not a valid {input.Type} value within its range or choices.");
            }
        }

        private void CheckReviews()
        {
            var list = doc.Reviews ?? [];
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var sum = 0m;
            var complete = true;
            for (var i = 0; i < list.Count; i++)
            {
                var path = $"$.reviews[{i}]";
                if (list[i] is not { } review)
                {
                    Fail(path, RuleFileErrorCodes.Missing, "A review source cannot be null.");
                    complete = false;
                    continue;
                }

                Unknown(path, review.Unknown);
                if (CheckInputId(path + ".id", review.Id))
                {
                    if (!ids.Add(review.Id!))
                    {
                        Fail(path + ".id", RuleFileErrorCodes.DuplicateId, $"The review source \"{review.Id}\" is declared twice.");
                    }
                    else if (inputs.ContainsKey(review.Id!))
                    {
                        Fail(path + ".id", RuleFileErrorCodes.DuplicateId, $"\"{review.Id}\" is both an input and a review source; give them different ids.");
                    }
                }

                Require(path + ".title", review.Title, "review source");
                if (review.Weight is not { } weight)
                {
                    Fail(path + ".weight", RuleFileErrorCodes.Missing, $"The review source \"{review.Id}\" needs a \"weight\".");
                    complete = false;
                }
                else if (weight <= 0)
                {
                    Fail(path + ".weight", RuleFileErrorCodes.ValueOutOfRange, $"The weight of review source \"{review.Id}\" must be greater than 0.");
                    complete = false;
                }
                else
                {
                    sum += weight;
                }

                if (review.Supplies is null || !RuleFileVocabulary.Supplies.ContainsKey(review.Supplies))
                {
                    Fail(path + ".supplies", review.Supplies is null ? RuleFileErrorCodes.Missing : RuleFileErrorCodes.UnknownValue,
                        (review.Supplies is null ? $"The review source \"{review.Id}\" needs \"supplies\"" : $"\"{review.Supplies}\" is not what a review source can supply")
                        + ": use \"score\" (the source gives its score) or \"criteria\" (the source gives input values scored by the criteria).");
                }
            }

            if (list.Count > 0 && complete && sum != 1m && sum != 100m)
            {
                Fail("$.reviews", RuleFileErrorCodes.WeightsDoNotSum,
                    $"The review weights add up to {Text(sum)}; they must add up to exactly 1 (or 100 when written in per cent).");
            }
        }

        private void CheckAreas()
        {
            var areaIds = new HashSet<string>(StringComparer.Ordinal);
            var criterionIds = new HashSet<string>(StringComparer.Ordinal);
            var areas = doc.Areas ?? [];
            for (var a = 0; a < areas.Count; a++)
            {
                var path = $"$.areas[{a}]";
                if (areas[a] is not { } area)
                {
                    Fail(path, RuleFileErrorCodes.Missing, "An area cannot be null.");
                    continue;
                }

                Unknown(path, area.Unknown);
                if (CheckId(path + ".id", area.Id, "area", RuleFileVocabulary.Id()) && !areaIds.Add(area.Id!))
                {
                    Fail(path + ".id", RuleFileErrorCodes.DuplicateId, $"The area \"{area.Id}\" is declared twice.");
                }

                Require(path + ".title", area.Title, "area");
                CheckMaximum(path, area.Max, area.MaxByType, $"area \"{area.Id}\"");
                if (area.Cap is { } cap && area.Max is { } areaMax && cap < areaMax)
                {
                    Fail(path + ".cap", RuleFileErrorCodes.ValueOutOfRange, $"The cap ({Text(cap)}) of area \"{area.Id}\" is below its max ({Text(areaMax)}).");
                }

                CheckAppliesTo(path, area.AppliesTo);
                var criteria = area.Criteria ?? [];
                if (criteria.Count == 0)
                {
                    Fail(path + ".criteria", RuleFileErrorCodes.Missing, $"The area \"{area.Id}\" has no criteria.");
                }

                for (var c = 0; c < criteria.Count; c++)
                {
                    var criterionPath = $"{path}.criteria[{c}]";
                    if (criteria[c] is not { } criterion)
                    {
                        Fail(criterionPath, RuleFileErrorCodes.Missing, "A criterion cannot be null.");
                        continue;
                    }

                    if (CheckId(criterionPath + ".id", criterion.Id, "criterion", RuleFileVocabulary.Id()) && !criterionIds.Add(criterion.Id!))
                    {
                        Fail(criterionPath + ".id", RuleFileErrorCodes.DuplicateId,
                            $"The criterion id \"{criterion.Id}\" is used twice; criterion ids must be unique in the whole file.");
                    }

                    CheckCriterion(criterionPath, criterion);
                }
            }
        }

        private void CheckCriterion(string path, CriterionDocument criterion)
        {
            Unknown(path, criterion.Unknown);
            var name = $"criterion \"{criterion.Id}\"";
            Require(path + ".title", criterion.Title, "criterion");
            Require(path + ".message", criterion.Message, "criterion");
            CheckMaximum(path, criterion.Max, criterion.MaxByType, name);
            CheckAppliesTo(path, criterion.AppliesTo);
            if (criterion.Kind is not null && !RuleFileVocabulary.Kinds.ContainsKey(criterion.Kind))
            {
                Fail(path + ".kind", RuleFileErrorCodes.UnknownValue, $"\"{criterion.Kind}\" is not a criterion kind: use one of {RuleFileVocabulary.List(RuleFileVocabulary.Kinds.Keys)}.");
            }

            if (criterion.Method is null || !RuleFileVocabulary.Methods.TryGetValue(criterion.Method, out var method))
            {
                Fail(path + ".method", criterion.Method is null ? RuleFileErrorCodes.Missing : RuleFileErrorCodes.UnknownValue,
                    (criterion.Method is null ? $"The {name} needs a \"method\"" : $"\"{criterion.Method}\" is not a scoring method")
                    + $": use one of {RuleFileVocabulary.List(RuleFileVocabulary.Methods.Keys)}.");
                return;
            }

            CheckMethodOptions(path, criterion, method, name);
            CheckPlaceholders(path + ".message", criterion.Message, method == ScoringMethod.Formula
                ? ["points", "max", "deducted"]
                : ["value", "points", "max", "deducted"]);
            if (method == ScoringMethod.Formula)
            {
                if (string.IsNullOrWhiteSpace(criterion.Expression))
                {
                    Fail(path + ".expression", RuleFileErrorCodes.Missing, $"The formula {name} needs an \"expression\".");
                }

                if (criterion.Input is not null)
                {
                    Fail(path + ".input", RuleFileErrorCodes.ConflictingOptions, $"The formula {name} reads its inputs from its expression; remove \"input\".");
                }

                return;
            }

            if (criterion.Expression is not null)
            {
                Fail(path + ".expression", RuleFileErrorCodes.ConflictingOptions, $"Only formula criteria have an \"expression\"; {name} uses \"{criterion.Method}\".");
            }

            if (criterion.Input is null)
            {
                Fail(path + ".input", RuleFileErrorCodes.Missing, $"The {name} needs the \"input\" it scores.");
                return;
            }

            if (!inputs.TryGetValue(criterion.Input, out var input) || input.Type is null
                || !RuleFileVocabulary.InputTypes.TryGetValue(input.Type, out var inputType))
            {
                if (!inputs.ContainsKey(criterion.Input))
                {
                    Fail(path + ".input", RuleFileErrorCodes.UnknownInput, $"The {name} reads \"{criterion.Input}\", which is not a declared input.");
                }

                return;
            }

            var fits = method switch
            {
                ScoringMethod.Points => inputType == InputType.Number,
                ScoringMethod.Check => inputType == InputType.Boolean,
                ScoringMethod.Deduction => inputType is InputType.Count or InputType.Number,
                ScoringMethod.Grade => inputType == InputType.Grade,
                _ => true,
            };
            if (!fits)
            {
                var wanted = method switch
                {
                    ScoringMethod.Points => "a number",
                    ScoringMethod.Check => "a boolean",
                    ScoringMethod.Deduction => "a count or number",
                    _ => "a grade",
                };
                Fail(path + ".input", RuleFileErrorCodes.InputTypeMismatch,
                    $"The {name} uses method \"{criterion.Method}\", which needs {wanted} input, but \"{criterion.Input}\" is a {input.Type} input.");
            }
            else if (method == ScoringMethod.Grade)
            {
                CheckGradeTable(path, criterion, input, name);
            }
            else if (method is ScoringMethod.Points or ScoringMethod.Deduction && inputType == InputType.Number && input.Min is not >= 0)
            {
                // Negative points or occurrences have no meaning and would let a deduction give more than its max.
                Fail(path + ".input", RuleFileErrorCodes.InputTypeMismatch,
                    $"The {name} uses method \"{criterion.Method}\", so its input \"{criterion.Input}\" must declare \"min\": 0 or more.");
            }
        }

        private void CheckMethodOptions(string path, CriterionDocument criterion, ScoringMethod method, string name)
        {
            if (criterion.PointsIfNotMet is not null && method != ScoringMethod.Check)
            {
                Fail(path + ".pointsIfNotMet", RuleFileErrorCodes.ConflictingOptions, $"Only check criteria have \"pointsIfNotMet\"; {name} uses \"{criterion.Method}\".");
            }

            if (criterion.PointsIfNotMet is { } notMet && (notMet < 0 || (criterion.Max is { } max && notMet > max)))
            {
                Fail(path + ".pointsIfNotMet", RuleFileErrorCodes.ValueOutOfRange, $"\"pointsIfNotMet\" of {name} must be between 0 and its max.");
            }

            if (method == ScoringMethod.Deduction)
            {
                if (criterion.PerOccurrence is not { } per)
                {
                    Fail(path + ".perOccurrence", RuleFileErrorCodes.Missing, $"The deduction {name} needs \"perOccurrence\": the points taken per occurrence.");
                }
                else if (per <= 0)
                {
                    Fail(path + ".perOccurrence", RuleFileErrorCodes.ValueOutOfRange, $"\"perOccurrence\" of {name} must be greater than 0.");
                }

                if (criterion.Cap is { } cap && (cap <= 0 || (criterion.Max is { } criterionMax && cap > criterionMax)))
                {
                    Fail(path + ".cap", RuleFileErrorCodes.ValueOutOfRange, $"The deduction cap of {name} must be greater than 0 and at most its max.");
                }
            }
            else
            {
                if (criterion.PerOccurrence is not null)
                {
                    Fail(path + ".perOccurrence", RuleFileErrorCodes.ConflictingOptions, $"Only deduction criteria have \"perOccurrence\"; {name} uses \"{criterion.Method}\".");
                }

                if (criterion.Cap is not null)
                {
                    Fail(path + ".cap", RuleFileErrorCodes.ConflictingOptions, $"Only deduction criteria have a \"cap\"; {name} uses \"{criterion.Method}\".");
                }
            }

            if (method != ScoringMethod.Grade && criterion.Points is not null)
            {
                Fail(path + ".points", RuleFileErrorCodes.ConflictingOptions, $"Only grade criteria have a \"points\" table; {name} uses \"{criterion.Method}\".");
            }

            if (criterion.Kind == "penalty" && method != ScoringMethod.Deduction)
            {
                Fail(path + ".kind", RuleFileErrorCodes.ConflictingOptions, $"A penalty criterion takes points per occurrence: {name} must use the \"deduction\" method.");
            }
        }

        private void CheckGradeTable(string path, CriterionDocument criterion, InputDocument input, string name)
        {
            var table = criterion.Points;
            if (table is null || table.Count == 0)
            {
                Fail(path + ".points", RuleFileErrorCodes.Missing, $"The grade {name} needs a \"points\" table such as {{ \"好\": 20, \"较好\": 15, \"一般\": 10, \"差\": 0 }}.");
                return;
            }

            var choices = new HashSet<string>((input.Choices ?? []).OfType<string>(), StringComparer.Ordinal);
            foreach (var choice in choices.Where(c => !table.ContainsKey(c)))
            {
                Fail(path + ".points", RuleFileErrorCodes.GradeTableMismatch, $"The points table of {name} has no points for the grade \"{choice}\".");
            }

            foreach (var (grade, points) in table)
            {
                var gradePath = JsonSourceMap.Child(path + ".points", grade);
                if (!choices.Contains(grade))
                {
                    Fail(gradePath, RuleFileErrorCodes.GradeTableMismatch, $"\"{grade}\" is not one of the choices of input \"{input.Id}\" ({RuleFileVocabulary.List(choices)}).");
                }
                else if (points < 0 || (criterion.Max is { } max && points > max))
                {
                    Fail(gradePath, RuleFileErrorCodes.ValueOutOfRange, $"The grade \"{grade}\" of {name} gives {Text(points)} points; it must be between 0 and the max.");
                }
            }
        }

        private void CheckBandTable(string tablePath, List<BandDocument?>? bands)
        {
            var levels = new HashSet<int>();
            Each(tablePath, bands, "band", b => b.Id, b => b.Unknown, new HashSet<string>(StringComparer.Ordinal), (path, band) =>
            {
                Require(path + ".label", band.Label, "band");
                if (band.Level is not { } level)
                {
                    Fail(path + ".level", RuleFileErrorCodes.Missing, $"The band \"{band.Id}\" needs a \"level\" (a whole number, higher is better).");
                }
                else if (!levels.Add(level))
                {
                    Fail(path + ".level", RuleFileErrorCodes.DuplicateBandLevel, $"Two bands of this table have level {level}; each level must be used once.");
                }

                if (band.Range is null)
                {
                    Fail(path + ".range", RuleFileErrorCodes.Missing, $"The band \"{band.Id}\" needs a \"range\" such as \"[90, 95)\".");
                }
                else if (BandRange.TryParse(band.Range) is not { } range)
                {
                    Fail(path + ".range", RuleFileErrorCodes.InvalidBandRange,
                        $"\"{band.Range}\" is not a range: write it as an interval such as \"[90, 95)\", where [ ] include the bound and ( ) exclude it.");
                }
                else if (range.Lower > range.Upper || (range.Lower == range.Upper && !(range.LowerInclusive && range.UpperInclusive)))
                {
                    Fail(path + ".range", RuleFileErrorCodes.InvalidBandRange, $"The range \"{band.Range}\" of band \"{band.Id}\" contains no score.");
                }
            }, scope: " in this table");
        }

        private void CheckVetoes() =>
            Each("$.vetoes", doc.Vetoes, "veto", v => v.Id, v => v.Unknown, new HashSet<string>(StringComparer.Ordinal), (path, veto) =>
            {
                Require(path + ".title", veto.Title, "veto");
                Require(path + ".message", veto.Message, "veto");
                CheckPlaceholders(path + ".message", veto.Message, []);
                if (string.IsNullOrWhiteSpace(veto.When))
                {
                    Fail(path + ".when", RuleFileErrorCodes.Missing, $"The veto \"{veto.Id}\" needs a \"when\" condition.");
                }

                if (veto.Action is null || !RuleFileVocabulary.Actions.TryGetValue(veto.Action, out var action))
                {
                    Fail(path + ".action", veto.Action is null ? RuleFileErrorCodes.Missing : RuleFileErrorCodes.UnknownValue,
                        (veto.Action is null ? $"The veto \"{veto.Id}\" needs an \"action\"" : $"\"{veto.Action}\" is not a veto action")
                        + $": use one of {RuleFileVocabulary.List(RuleFileVocabulary.Actions.Keys)}.");
                    return;
                }

                ExpectOnly(path, veto, action);
            });

        private void ExpectOnly(string path, VetoDocument veto, VetoAction action)
        {
            (string Name, bool Present, bool Wanted)[] parameters =
            [
                ("levels", veto.Levels is not null, action == VetoAction.LowerBand),
                ("maxLevel", veto.MaxLevel is not null, action == VetoAction.CapBand),
                ("maxScore", veto.MaxScore is not null, action == VetoAction.CapScore),
            ];
            foreach (var (name, present, wanted) in parameters)
            {
                if (wanted && !present)
                {
                    Fail($"{path}.{name}", RuleFileErrorCodes.Missing, $"The veto \"{veto.Id}\" with action \"{veto.Action}\" needs \"{name}\".");
                }
                else if (present && !wanted)
                {
                    Fail($"{path}.{name}", RuleFileErrorCodes.ConflictingOptions, $"\"{name}\" has no effect with action \"{veto.Action}\"; remove it.");
                }
            }

            if (veto.Levels is <= 0)
            {
                Fail(path + ".levels", RuleFileErrorCodes.ValueOutOfRange, $"The veto \"{veto.Id}\" must lower by at least 1 level.");
            }

            if (veto.MaxScore is { } maxScore && doc.ScoreRange is { Min: { } min, Max: { } max } && (maxScore < min || maxScore > max))
            {
                Fail(path + ".maxScore", RuleFileErrorCodes.ValueOutOfRange, $"The veto \"{veto.Id}\" caps the score at {Text(maxScore)}, outside the score range.");
            }
        }

        private void CheckMaximum(string path, decimal? max, Dictionary<string, decimal>? maxByType, string name)
        {
            if (max is null)
            {
                Fail(path + ".max", RuleFileErrorCodes.Missing, $"The {name} needs a \"max\".");
            }
            else if (max <= 0)
            {
                Fail(path + ".max", RuleFileErrorCodes.ValueOutOfRange, $"The max of {name} must be greater than 0.");
            }

            foreach (var (type, value) in maxByType ?? [])
            {
                var typePath = JsonSourceMap.Child(path + ".maxByType", type);
                CheckCategoryReference(typePath, type);
                if (value <= 0)
                {
                    Fail(typePath, RuleFileErrorCodes.ValueOutOfRange, $"The max of {name} for type \"{type}\" must be greater than 0.");
                }
            }
        }

        private void CheckAppliesTo(string path, List<string?>? appliesTo)
        {
            for (var i = 0; i < (appliesTo?.Count ?? 0); i++)
            {
                CheckCategoryReference($"{path}.appliesTo[{i}]", appliesTo![i] ?? string.Empty);
            }
        }

        private void CheckCategoryReference(string path, string type)
        {
            if (!categories.Contains(type))
            {
                Fail(path, RuleFileErrorCodes.UnknownCategory, categories.Count == 0
                    ? $"\"{type}\" is an organization type, but the file declares no \"categories\"."
                    : $"\"{type}\" is not a declared organization type ({RuleFileVocabulary.List(categories)}).");
            }
        }

        private void CheckPlaceholders(string path, string? message, string[] allowed)
        {
            foreach (var match in RuleFileVocabulary.Placeholder().Matches(message ?? string.Empty).Cast<System.Text.RegularExpressions.Match>())
            {
                var name = match.Groups[1].Value;
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    Fail(path, RuleFileErrorCodes.UnknownPlaceholder, allowed.Length == 0
                        ? $"The message uses the placeholder {{{name}}}, but this message has none."
                        : $"The message uses the placeholder {{{name}}}; the placeholders here are {string.Join(", ", allowed.Select(a => "{" + a + "}"))}.");
                }
            }
        }

        private bool CheckInputId(string path, string? id)
        {
            if (!CheckId(path, id, "input", RuleFileVocabulary.InputId()))
            {
                return false;
            }

            if (RuleFileVocabulary.ReservedNames.Contains(id!))
            {
                Fail(path, RuleFileErrorCodes.InvalidId, $"\"{id}\" is a reserved word of the expression language; choose another id.");
                return false;
            }

            return true;
        }

        private bool CheckId(string path, string? id, string what, System.Text.RegularExpressions.Regex pattern)
        {
            if (string.IsNullOrEmpty(id))
            {
                Fail(path, RuleFileErrorCodes.Missing, $"The {what} needs an \"id\".");
                return false;
            }

            if (!pattern.IsMatch(id))
            {
                Fail(path, RuleFileErrorCodes.InvalidId, $"The {what} id \"{id}\" is not valid: use ASCII letters, digits and '_' (starting with a letter), at most 64 characters.");
                return false;
            }

            return true;
        }

        private void Require(string path, string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(path, RuleFileErrorCodes.Missing, $"The {what} needs a \"{path[(path.LastIndexOf('.') + 1)..]}\".");
            }
        }

        private static string Text(decimal value) => DecimalText.Format(value);
    }
}
