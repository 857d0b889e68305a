using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Periods;

namespace PartyBuilding.Scoring.Rules;

// Validation of the assessment-cycle sections: effectiveUntil, periods, starValidity, events, procedure.
// Codes PBS200–PBS299 for what is particular to them; the shared codes (missing, unknown word, ids …) otherwise.
internal sealed class CycleRulesValidator(RuleFileDocument doc, Action<string, string, string> fail)
{
    public void Run()
    {
        CheckEffectiveUntil();
        CheckPeriods();
        CheckStarValidity();
        CheckEvents();
        CheckProcedure();
        if (doc.StarValidity is not null && doc.Procedure is null)
        {
            fail("$.starValidity", RuleFileErrorCodes.CycleSectionsIncomplete,
                "\"starValidity\" needs a \"procedure\": a star level is only valid when it was determined through the declared steps.");
        }

        if ((doc.Procedure is not null || doc.Events is not null) && doc.StarValidity is null)
        {
            fail(doc.Procedure is not null ? "$.procedure" : "$.events", RuleFileErrorCodes.CycleSectionsIncomplete,
                "\"procedure\" and \"events\" act on star levels, so the file also needs \"starValidity\": { \"years\": N }.");
        }
    }

    private void CheckEffectiveUntil()
    {
        if (doc.EffectiveUntil is not { } text)
        {
            return;
        }

        if (CycleRulesBuilder.ParseDate(text) is not { } until)
        {
            fail("$.effectiveUntil", RuleFileErrorCodes.InvalidDate, $"\"{text}\" is not a date written as yyyy-MM-dd, e.g. 2025-12-31.");
        }
        else if (CycleRulesBuilder.ParseDate(doc.EffectiveFrom) is { } from && until < from)
        {
            fail("$.effectiveUntil", RuleFileErrorCodes.EffectiveUntilBeforeFrom,
                $"The rules end on {text}, before they take effect on {doc.EffectiveFrom}; \"effectiveUntil\" must be on or after \"effectiveFrom\".");
        }
    }

    private void CheckPeriods()
    {
        if (doc.Periods is not { } periods)
        {
            return;
        }

        Unknown("$.periods", periods.Unknown);
        if (periods.YearRulesOn is { } day && CycleRulesBuilder.YearRulesDay(day) is null)
        {
            fail("$.periods.yearRulesOn", RuleFileErrorCodes.UnknownValue,
                $"\"yearRulesOn\" is \"{day}\"; use \"yearEnd\" (a year is computed with the version in force on 31 December, the default), "
                + "\"yearStart\" (on 1 January) or a day that every year has, written MM-dd (e.g. \"06-30\"; not \"02-29\").");
        }

        if (periods.Components is not { Count: > 0 } components)
        {
            fail("$.periods.components", RuleFileErrorCodes.Missing, "The \"periods\" section needs at least one component, e.g. { \"id\": \"yearEnd\", \"frequency\": \"year\", \"weight\": 1 }.");
            return;
        }

        var sum = 0m;
        var complete = true;
        Each("$.periods.components", components, "period component", c => c.Id, c => c.Unknown, (path, component) =>
        {
            Require(path + ".title", component.Title, "period component");
            Word(path + ".frequency", component.Frequency, CycleRulesBuilder.Frequencies.Keys, "frequency", required: true);
            Word(path + ".method", component.Method, CycleRulesBuilder.Methods.Keys, "method", required: false);
            Word(path + ".missing", component.Missing, CycleRulesBuilder.MissingPolicies.Keys, "missing-period policy", required: false);
            Word(path + ".source", component.Source, CycleRulesBuilder.Sources.Keys, "source", required: false);
            if (component.Weight is not { } weight)
            {
                fail(path + ".weight", RuleFileErrorCodes.Missing, $"The period component \"{component.Id}\" needs a \"weight\": its share of the annual result.");
                complete = false;
            }
            else if (weight <= 0)
            {
                fail(path + ".weight", RuleFileErrorCodes.ValueOutOfRange, $"The weight of period component \"{component.Id}\" must be greater than 0.");
                complete = false;
            }
            else
            {
                sum += weight;
            }
        }, () => complete = false);

        if (complete && sum != 1m && sum != 100m)
        {
            fail("$.periods.components", RuleFileErrorCodes.PeriodWeightsDoNotSum,
                $"The weights of the period components add up to {DecimalText.Format(sum)}; they must add up to exactly 1 (or 100, read as per cent).");
        }
        else if (complete)
        {
            CheckSums(components, sum);
        }
    }

    // Each period score may reach the top of the score range, so a sum of N periods with share w of the year reaches
    // N × w × max: above 1 the annual score would be cut off at the top of the range and every good year would look alike.
    private void CheckSums(List<PeriodComponentDocument?> components, decimal weightTotal)
    {
        for (var i = 0; i < components.Count; i++)
        {
            if (components[i] is not { Method: "sum", Weight: { } weight } component
                || component.Frequency is null || !CycleRulesBuilder.Frequencies.TryGetValue(component.Frequency, out var frequency))
            {
                continue;
            }

            var periods = frequency switch { PeriodFrequency.Month => 12, PeriodFrequency.Quarter => 4, _ => 1 };
            var share = weight / weightTotal;
            if (periods * share > 1m)
            {
                var limit = DecimalText.Format(decimal.Round(weightTotal / periods, 4, MidpointRounding.ToZero));
                fail($"$.periods.components[{i}].method", RuleFileErrorCodes.PeriodSumExceedsRange, string.Create(CultureInfo.InvariantCulture,
                    $"The period component \"{component.Id}\" sums {periods} {component.Frequency} scores with weight {DecimalText.Format(weight)}, so full marks in every period would give {DecimalText.Format(periods * share)} times the top of the score range and the annual score would be cut off there. Use \"mean\", or a weight of at most {limit} so that the sum stays in the range."));
            }
        }
    }

    private void CheckStarValidity()
    {
        if (doc.StarValidity is not { } validity)
        {
            return;
        }

        Unknown("$.starValidity", validity.Unknown);
        if (validity.Years is not { } years)
        {
            fail("$.starValidity.years", RuleFileErrorCodes.Missing, "\"starValidity\" needs \"years\": how long a determined star level stays valid, e.g. 2.");
        }
        else if (years is < 1 or > 10)
        {
            fail("$.starValidity.years", RuleFileErrorCodes.ValueOutOfRange, "\"starValidity.years\" must be a whole number of years from 1 to 10.");
        }
    }

    private void CheckEvents() =>
        Each("$.events", doc.Events, "event kind", e => e.Kind, e => e.Unknown, (path, rule) =>
        {
            Require(path + ".title", rule.Title, "event kind");
            if (!Word(path + ".action", rule.Action, CycleRulesBuilder.EventActions.Keys, "event action", required: true))
            {
                return;
            }

            if (rule.Action == "lower" && rule.Levels is null)
            {
                fail(path + ".levels", RuleFileErrorCodes.Missing, $"The event kind \"{rule.Kind}\" lowers the star level and needs \"levels\": by how many.");
            }
            else if (rule.Action == "lower" && rule.Levels is < 1)
            {
                fail(path + ".levels", RuleFileErrorCodes.ValueOutOfRange, $"The event kind \"{rule.Kind}\" must lower by at least 1 level.");
            }
            else if (rule.Action == "revoke" && rule.Levels is not null)
            {
                fail(path + ".levels", RuleFileErrorCodes.ConflictingOptions, "\"levels\" has no effect with action \"revoke\"; remove it.");
            }
        }, idName: "kind");

    private void CheckProcedure()
    {
        if (doc.Procedure is { Count: 0 })
        {
            fail("$.procedure", RuleFileErrorCodes.Missing, "The \"procedure\" needs its steps in order, e.g. [{ \"id\": \"selfCheck\", \"title\": \"对照标准自查\" }, …].");
        }

        Each("$.procedure", doc.Procedure, "procedure step", s => s.Id, s => s.Unknown,
            (path, step) => Require(path + ".title", step.Title, "procedure step"));
    }

    private void Each<T>(string listPath, List<T?>? list, string what, Func<T, string?> id, Func<T, Dictionary<string, JsonElement>?> unknown,
        Action<string, T> check, Action? onNull = null, string idName = "id")
        where T : class
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var path = $"{listPath}[{i}]";
            if (list![i] is not { } item)
            {
                fail(path, RuleFileErrorCodes.Missing, $"A {what} cannot be null.");
                onNull?.Invoke();
                continue;
            }

            Unknown(path, unknown(item));
            var value = id(item);
            if (string.IsNullOrEmpty(value))
            {
                fail($"{path}.{idName}", RuleFileErrorCodes.Missing, $"The {what} needs an \"{idName}\".");
            }
            else if (!RuleFileVocabulary.Id().IsMatch(value))
            {
                fail($"{path}.{idName}", RuleFileErrorCodes.InvalidId,
                    $"The {what} \"{value}\" is not valid: use letters, digits, '_', '.' or '-', starting with a letter.");
            }
            else if (!ids.Add(value))
            {
                fail($"{path}.{idName}", RuleFileErrorCodes.DuplicateId, $"The {what} \"{value}\" is declared twice.");
            }

            check(path, item);
        }
    }

    private bool Word(string path, string? value, IEnumerable<string> words, string what, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                fail(path, RuleFileErrorCodes.Missing, $"A \"{path[(path.LastIndexOf('.') + 1)..]}\" is needed here: one of {RuleFileVocabulary.List(words)}.");
            }

            return false;
        }

        if (!words.Contains(value, StringComparer.Ordinal))
        {
            fail(path, RuleFileErrorCodes.UnknownValue, $"\"{value}\" is not a {what}: use one of {RuleFileVocabulary.List(words)}.");
            return false;
        }

        return true;
    }

    private void Require(string path, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            fail(path, RuleFileErrorCodes.Missing, $"The {what} needs a \"{path[(path.LastIndexOf('.') + 1)..]}\".");
        }
    }

    private void Unknown(string path, Dictionary<string, JsonElement>? unknown)
    {
        foreach (var name in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            fail(JsonSourceMap.Child(path, name), RuleFileErrorCodes.UnknownProperty, RuleFileValidator.UnknownPropertyMessage(name));
        }
    }
}
