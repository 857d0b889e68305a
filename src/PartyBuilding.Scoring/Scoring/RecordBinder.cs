using System.Collections.Frozen;
using PartyBuilding.Scoring.Expressions;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Checks one record against the declared inputs, categories and review sources, and lays its values out
// as input vectors: one for the record's own values, one per review source that supplies criteria.
// Collects every problem of the record so the person fixing the data sees them all at once.
internal sealed class RecordBinder(ScoringPlan plan)
{
    private readonly FrozenDictionary<string, int> inputIndex = plan.InputIndex.ToFrozenDictionary(StringComparer.Ordinal);

    // Each input's InputConstraint.Check as plain compares, by input index: what the quick path checks values with.
    private readonly InputCheck[] checks = [.. plan.Inputs.Select(i => new InputCheck(i))];

    // The defaults of every input, copied into a thread's own vector before each record on the quick path.
    private readonly InputVector defaults = Defaults(plan);

    // The quick path binds into one vector per thread: a bound record is scored and dropped before the thread binds the next.
    private readonly ThreadLocal<Scratch> scratch = new(() => new Scratch(plan.Inputs.Length));

    // The bound record is valid only until the same thread binds the next record.
    public BoundRecord? Bind(OrganizationRecord record, out RecordRejection? rejection)
    {
        rejection = null;
        return TryBindQuickly(record) ?? BindCollectingProblems(record, out rejection);
    }

    // The usual record in one pass, with no allocation: rule set without review sources, known type, every value declared
    // and valid, nothing required missing. Anything else returns null, and the full binding finds and words every problem.
    private BoundRecord? TryBindQuickly(OrganizationRecord record)
    {
        var ruleSet = plan.RuleSet;
        if (ruleSet.Reviews.Count > 0 || record.Reviews.Count > 0 || string.IsNullOrWhiteSpace(record.Id))
        {
            return null;
        }

        // One lookup finds the type's layout; a rule set with categories needs a declared type.
        ScoringPlan.TypeLayout layout;
        if (record.Type is not null && plan.TypeIndex.TryGetValue(record.Type, out var type))
        {
            layout = plan.Layouts[type];
        }
        else if (ruleSet.Categories.Count == 0)
        {
            layout = plan.Layouts[^1];
        }
        else
        {
            return null;
        }

        var thread = scratch.Value!;
        var vector = thread.Vector;
        vector.CopyFrom(defaults);
        var position = 0;
        if (record.Values is Dictionary<string, InputValue> dictionary)
        {
            foreach (var (id, value) in dictionary)
            {
                if (!TrySet(thread, position++, id, value))
                {
                    return null;
                }
            }
        }
        else
        {
            foreach (var (id, value) in record.Values)
            {
                if (!TrySet(thread, position++, id, value))
                {
                    return null;
                }
            }
        }

        return AllPresent(vector, plan.VetoInputs) && AllPresent(vector, layout.CriteriaInputs)
            ? new BoundRecord(record, layout, vector, [], [])
            : null;
    }

    // `position`: the value's place in the record's dictionary. Records built the same way (a reader, an app's mapping) give
    // their values in the same order under the same key strings, so the index found for the key at a place is remembered
    // with the key itself and reused when the next record has the very same string object there; any other key is looked up.
    private bool TrySet(Scratch thread, int position, string id, InputValue value)
    {
        int index;
        if (position < thread.Keys.Length && ReferenceEquals(thread.Keys[position], id))
        {
            index = thread.Indexes[position];
        }
        else if (inputIndex.TryGetValue(id, out index))
        {
            if (position < thread.Keys.Length)
            {
                thread.Keys[position] = id;
                thread.Indexes[position] = index;
            }
        }
        else
        {
            return false;
        }

        if (!checks[index].Accepts(value))
        {
            return false;
        }

        thread.Vector.Set(index, value);
        return true;
    }

    private static bool AllPresent(InputVector vector, int[] needed)
    {
        foreach (var index in needed)
        {
            if (!vector.Present[index])
            {
                return false;
            }
        }

        return true;
    }

    private BoundRecord? BindCollectingProblems(OrganizationRecord record, out RecordRejection? rejection)
    {
        var problems = new List<(string Code, string Reason)>();
        if (string.IsNullOrWhiteSpace(record.Id))
        {
            rejection = new RecordRejection(null, record.SourceLine, RecordRejectionCodes.MissingId, "the record has no id.");
            return null;
        }

        var ruleSet = plan.RuleSet;
        if (ruleSet.Categories.Count > 0 && (record.Type is null || !plan.TypeIndex.ContainsKey(record.Type)))
        {
            problems.Add((RecordRejectionCodes.UnknownType, record.Type is null
                ? $"the record has no type; it must be one of {RuleFileVocabulary.List(ruleSet.Categories.Select(c => c.Id))}."
                : $"the type \"{record.Type}\" is not one of {RuleFileVocabulary.List(ruleSet.Categories.Select(c => c.Id))}."));
        }

        var layout = plan.LayoutFor(record.Type);
        var invalid = new HashSet<int>();
        var own = Vector(record.Values, null, problems, invalid);
        var sources = new InputVector?[ruleSet.Reviews.Count];
        var scores = new decimal[ruleSet.Reviews.Count];
        foreach (var id in record.Reviews.Keys.Where(k => !ruleSet.Reviews.Any(r => r.Id == k)).Order(StringComparer.Ordinal))
        {
            problems.Add((RecordRejectionCodes.UndeclaredReview, ruleSet.Reviews.Count == 0
                ? $"the record gives a review \"{id}\", but this rule set has no review sources."
                : $"the record gives a review \"{id}\", which is not one of {RuleFileVocabulary.List(ruleSet.Reviews.Select(r => r.Id))}."));
        }

        for (var s = 0; s < ruleSet.Reviews.Count; s++)
        {
            var source = ruleSet.Reviews[s];
            record.Reviews.TryGetValue(source.Id, out var review);
            if (source.Supplies == ReviewSupply.Score)
            {
                if (review?.Score is not { } score)
                {
                    problems.Add((RecordRejectionCodes.MissingReview, $"review \"{source.Id}\" ({source.Title}) needs its score."));
                }
                else if (score < ruleSet.ScoreMin || score > ruleSet.ScoreMax)
                {
                    problems.Add((RecordRejectionCodes.OutOfRange,
                        $"review \"{source.Id}\" ({source.Title}) gives {DecimalText.Format(score)}, outside the score range {DecimalText.Format(ruleSet.ScoreMin)} to {DecimalText.Format(ruleSet.ScoreMax)}."));
                }
                else
                {
                    scores[s] = score;
                }
            }
            else if (review?.Score is not null)
            {
                problems.Add((RecordRejectionCodes.WrongType, $"review \"{source.Id}\" ({source.Title}) supplies criteria values, not a score."));
            }
            else
            {
                sources[s] = Vector(review?.Values, own, problems, invalid);
                CheckVetoInputs(record, source, review?.Values, problems);
                RequireAll(sources[s]!, layout.CriteriaInputs, $" in review \"{source.Id}\"", problems, invalid);
            }
        }

        RequireAll(own, plan.VetoInputs, string.Empty, problems, invalid);
        if (ruleSet.Reviews.Count == 0)
        {
            RequireAll(own, layout.CriteriaInputs, string.Empty, problems, invalid);
        }

        if (problems.Count > 0)
        {
            var distinct = problems.Distinct().ToList();
            rejection = new RecordRejection(record.Id, record.SourceLine, distinct[0].Code,
                distinct.Count == 1 ? distinct[0].Reason : string.Join(" ", distinct.Select((p, i) => $"({i + 1}) {p.Reason}")));
            return null;
        }

        rejection = null;
        return new BoundRecord(record, layout, own, sources, scores);
    }

    // Values that fail their check are left out of the vector and remembered in `invalid`, so they are
    // reported once (as wrong) and not again as missing.
    private InputVector Vector(IReadOnlyDictionary<string, InputValue>? values, InputVector? fallback, List<(string, string)> problems, HashSet<int> invalid)
    {
        var vector = fallback?.Clone() ?? defaults.Clone();
        foreach (var (id, value) in (values ?? new Dictionary<string, InputValue>()).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (!plan.InputIndex.TryGetValue(id, out var index))
            {
                problems.Add((RecordRejectionCodes.UndeclaredInput, $"\"{id}\" is not a declared input of rule set \"{plan.RuleSet.Identity.Id}\"."));
                continue;
            }

            if (InputConstraint.Check(value, plan.Inputs[index]) is { } problem)
            {
                problems.Add(problem);
                invalid.Add(index);
                continue;
            }

            vector.Set(index, value);
        }

        return vector;
    }

    // Vetoes read the record's own values; a veto input given (differently) only inside a review source would be
    // silently ignored, and a missed veto is the worst kind of wrong result.
    private void CheckVetoInputs(OrganizationRecord record, ReviewSourceDefinition source, IReadOnlyDictionary<string, InputValue>? values, List<(string, string)> problems)
    {
        foreach (var index in plan.VetoInputs)
        {
            var id = plan.Inputs[index].Id;
            if (values is not null && values.TryGetValue(id, out var given) && !(record.Values.TryGetValue(id, out var own) && own == given))
            {
                problems.Add((RecordRejectionCodes.MisplacedValue,
                    $"input \"{id}\" ({plan.Inputs[index].Title}) is read by a veto, which reads the record's own \"values\"; give it there, not only in review \"{source.Id}\"."));
            }
        }
    }

    private static InputVector Defaults(ScoringPlan plan)
    {
        var vector = new InputVector(plan.Inputs.Length);
        for (var i = 0; i < plan.Inputs.Length; i++)
        {
            if (plan.Inputs[i].Default is { } value)
            {
                vector.Set(i, value);
            }
        }

        return vector;
    }

    private void RequireAll(InputVector vector, int[] needed, string where, List<(string, string)> problems, HashSet<int> invalid)
    {
        foreach (var index in needed)
        {
            if (!vector.Present[index] && !invalid.Contains(index))
            {
                var input = plan.Inputs[index];
                problems.Add((RecordRejectionCodes.MissingValue, $"input \"{input.Id}\" ({input.Title}) has no value{where}."));
            }
        }
    }

    // One thread's quick-path state: the vector it binds into, and the key seen at each place of the last record's values
    // with the input index it names.
    private sealed class Scratch(int inputs)
    {
        public InputVector Vector { get; } = new(inputs);

        public string?[] Keys { get; } = new string?[inputs];

        public int[] Indexes { get; } = new int[inputs];
    }
}

internal readonly record struct BoundRecord(
    OrganizationRecord Record, ScoringPlan.TypeLayout Layout, InputVector Own, InputVector?[] Sources, decimal[] SourceScores);
