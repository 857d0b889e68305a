using System.Globalization;
using System.Text.Json;

namespace PartyBuilding.Scoring.Rules;

// Validation of what duty-report reviews, inspections and rectification add to a rule file: the dutyReview and
// rectification sections and the criterion properties effectiveFrom and deadlineDays. Called from the validator's
// cross checks, after the inputs are known; reports through the same failure list.
internal sealed class OversightChecks(
    RuleFileDocument doc,
    IReadOnlyDictionary<string, InputDocument> inputs,
    Action<string, string, string> fail,
    Action<string, Dictionary<string, JsonElement>?> unknown)
{
    /// <summary>The longest rectification deadline a criterion may give, in days (10 years).</summary>
    internal const int MaxDeadlineDays = 3650;

    public void Run()
    {
        CheckCriteria();
        CheckDutyReview();
        CheckRectification();
    }

    private void CheckCriteria()
    {
        var ruleSetDate = ParseDate(doc.EffectiveFrom);
        var areas = doc.Areas ?? [];
        for (var a = 0; a < areas.Count; a++)
        {
            var criteria = areas[a]?.Criteria ?? [];
            for (var c = 0; c < criteria.Count; c++)
            {
                if (criteria[c] is not { } criterion)
                {
                    continue;
                }

                var path = $"$.areas[{a}].criteria[{c}]";
                if (criterion.EffectiveFrom is { } text)
                {
                    if (ParseDate(text) is not { } date)
                    {
                        fail(path + ".effectiveFrom", RuleFileErrorCodes.CriterionEffectiveFromInvalid,
                            $"\"{text}\" is not a date written as yyyy-MM-dd, e.g. 2026-07-01.");
                    }
                    else if (ruleSetDate is { } start && date <= start)
                    {
                        fail(path + ".effectiveFrom", RuleFileErrorCodes.CriterionEffectiveFromInvalid,
                            $"The criterion \"{criterion.Id}\" takes effect on {text}, not after the rule set itself ({doc.EffectiveFrom}); remove \"effectiveFrom\" or give a later date.");
                    }
                }

                if (criterion.DeadlineDays is { } days)
                {
                    if (criterion.Method != "deduction")
                    {
                        fail(path + ".deadlineDays", RuleFileErrorCodes.DeadlineDaysInvalid,
                            $"Only deduction criteria count findings that make problems; criterion \"{criterion.Id}\" uses \"{criterion.Method}\", so \"deadlineDays\" has no effect.");
                    }
                    else if (days < 1)
                    {
                        fail(path + ".deadlineDays", RuleFileErrorCodes.DeadlineDaysInvalid,
                            $"The rectification deadline of criterion \"{criterion.Id}\" must be at least 1 day.");
                    }
                    else if (days > MaxDeadlineDays)
                    {
                        fail(path + ".deadlineDays", RuleFileErrorCodes.DeadlineDaysInvalid,
                            $"The rectification deadline of criterion \"{criterion.Id}\" is {days} days; it can be at most {MaxDeadlineDays} days (10 years).");
                    }
                }
            }
        }
    }

    private void CheckDutyReview()
    {
        if (doc.DutyReview is not { } review)
        {
            return;
        }

        const string path = "$.dutyReview";
        unknown(path, review.Unknown);
        CheckFedInput(path + ".input", review.Input, "number", RuleFileErrorCodes.ReviewInputInvalid, "the review score");
        if (review.Grades is not { Count: > 0 } grades)
        {
            fail(path + ".grades", RuleFileErrorCodes.ReviewGradeTableInvalid,
                "The duty review needs a \"grades\" table giving the score of each grade, e.g. { \"好\": 95, \"较好\": 85, \"一般\": 70, \"差\": 50 }.");
        }
        else
        {
            foreach (var (grade, score) in grades)
            {
                if (doc.ScoreRange is { Min: { } min, Max: { } max } && (score < min || score > max))
                {
                    fail(JsonSourceMap.Child(path + ".grades", grade), RuleFileErrorCodes.ReviewGradeTableInvalid,
                        $"The grade \"{grade}\" gives {DecimalText.Format(score)}, outside the score range {DecimalText.Format(min)} to {DecimalText.Format(max)}.");
                }
            }
        }

        var categories = review.Categories ?? [];
        if (categories.Count == 0)
        {
            fail(path + ".categories", RuleFileErrorCodes.Missing, "The duty review needs at least one reviewer category.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0m;
        var complete = true;
        for (var i = 0; i < categories.Count; i++)
        {
            var itemPath = $"{path}.categories[{i}]";
            if (categories[i] is not { } category)
            {
                fail(itemPath, RuleFileErrorCodes.Missing, "A reviewer category cannot be null.");
                complete = false;
                continue;
            }

            unknown(itemPath, category.Unknown);
            if (string.IsNullOrEmpty(category.Id) || !RuleFileVocabulary.Id().IsMatch(category.Id))
            {
                fail(itemPath + ".id", category.Id is null ? RuleFileErrorCodes.Missing : RuleFileErrorCodes.InvalidId,
                    $"The reviewer category needs an \"id\" of letters, digits, '_', '.' or '-', starting with a letter.");
            }
            else if (!ids.Add(category.Id))
            {
                fail(itemPath + ".id", RuleFileErrorCodes.DuplicateId, $"The reviewer category \"{category.Id}\" is declared twice.");
            }

            if (string.IsNullOrWhiteSpace(category.Title))
            {
                fail(itemPath + ".title", RuleFileErrorCodes.Missing, "The reviewer category needs a \"title\".");
            }

            if (category.Weight is not { } weight || weight <= 0)
            {
                fail(itemPath + ".weight", category.Weight is null ? RuleFileErrorCodes.Missing : RuleFileErrorCodes.ValueOutOfRange,
                    $"The reviewer category \"{category.Id}\" needs a \"weight\" greater than 0.");
                complete = false;
            }
            else
            {
                sum += weight;
            }

            if (category.Trim is < 0)
            {
                fail(itemPath + ".trim", RuleFileErrorCodes.ReviewTrimInvalid,
                    $"\"trim\" of reviewer category \"{category.Id}\" is how many highest and lowest scores are dropped; it cannot be negative.");
            }
        }

        if (categories.Count > 0 && complete && sum != 1m && sum != 100m)
        {
            fail(path + ".categories", RuleFileErrorCodes.ReviewerWeightsDoNotSum,
                $"The reviewer category weights add up to {DecimalText.Format(sum)}; they must add up to exactly 1 (or 100 when written in per cent).");
        }
    }

    private void CheckRectification()
    {
        if (doc.Rectification is not { } rectification)
        {
            return;
        }

        const string path = "$.rectification";
        unknown(path, rectification.Unknown);
        if (rectification.Counts is not { Count: > 0 } counts)
        {
            fail(path + ".counts", RuleFileErrorCodes.Missing,
                "The rectification section needs \"counts\": which count input receives the number of problems in a status, e.g. { \"overdue\": \"overdueProblems\" }.");
        }
        else
        {
            var counted = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (status, input) in counts)
            {
                var countPath = JsonSourceMap.Child(path + ".counts", status);
                if (!OversightVocabulary.Statuses.ContainsKey(status))
                {
                    fail(countPath, RuleFileErrorCodes.UnknownValue,
                        $"\"{status}\" is not a problem status: use one of {RuleFileVocabulary.List(OversightVocabulary.Statuses.Keys)}.");
                    continue;
                }

                if (input is not null && !counted.TryAdd(input, status))
                {
                    fail(countPath, RuleFileErrorCodes.RectificationCountInvalid,
                        $"The input \"{input}\" already receives the number of {counted[input]} problems; each status needs its own count input, or one count would silently replace the other.");
                    continue;
                }

                CheckFedInput(countPath, input, "count", RuleFileErrorCodes.RectificationCountInvalid, $"the number of {status} problems");
            }
        }

        var sources = rectification.Sources ?? [];
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is not { } source || !OversightVocabulary.Sources.ContainsKey(source))
            {
                fail($"{path}.sources[{i}]", RuleFileErrorCodes.UnknownValue,
                    $"\"{sources[i]}\" is not a problem source: use any of {RuleFileVocabulary.List(OversightVocabulary.Sources.Keys)}.");
            }
            else if (!listed.Add(source))
            {
                fail($"{path}.sources[{i}]", RuleFileErrorCodes.DuplicateId, $"The problem source \"{source}\" is listed twice; list each source once.");
            }
        }
    }

    // An input the library fills in must exist, have the right type and be read by a criterion or a condition;
    // otherwise the fed value would silently do nothing.
    private void CheckFedInput(string path, string? id, string type, string code, string what)
    {
        if (string.IsNullOrEmpty(id))
        {
            fail(path, code, $"Name the {type} input that receives {what}.");
            return;
        }

        if (!inputs.TryGetValue(id, out var input))
        {
            fail(path, code, $"\"{id}\" is not a declared input; declare a {type} input to receive {what}.");
            return;
        }

        if (input.Type != type)
        {
            fail(path, code, $"\"{id}\" is a {input.Type} input; {what} needs a {type} input.");
            return;
        }

        if (InputReaders.FilledBy(doc, id) is { } filler)
        {
            fail(path, code, $"The input \"{id}\" is filled by {filler}, so it cannot also receive {what}; give {what} its own input.");
        }

        if (!InputReaders.IsRead(doc, id))
        {
            fail(path, code, $"The input \"{id}\" receives {what}, but no criterion or veto reads it, so it would change nothing.");
        }
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
