using System.Collections.Immutable;
using CsCheck;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.TestSupport;

// CsCheck generators of valid records for any rule set. A record starts from the engine's full-marks record for
// its type and each input departs from it with a chance that is itself random (0 to 100 %), so the records
// spread over every band instead of crowding at the bottom as uniformly random values would. Inputs the file fills itself
// (components, peers, childInputs) are not in the template; as the records are scored directly, they stand in for the
// carried value and are always drawn at random.
internal static class RecordGen
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ScoringEngine, Dictionary<string, OrganizationRecord>> Templates = [];

    public static Gen<InputValue> Value(InputDefinition input) => input.Type switch
    {
        InputType.Boolean => Gen.Bool.Select(InputValue.FromBoolean),
        InputType.Grade => Gen.OneOf([.. input.Choices]).Select(InputValue.FromText),
        InputType.Count => Gen.Int[(int)(input.Min ?? 0), (int)(input.Max ?? 100)].Select(i => InputValue.FromNumber(i)),
        _ => Gen.Int[(int)((input.Min ?? 0) * 100), (int)((input.Max ?? 100) * 100)].Select(i => InputValue.FromNumber(i / 100m)),
    };

    /// <summary>A valid record. For rule sets with reviews, the criteria values go into the criteria source half of the time.</summary>
    public static Gen<OrganizationRecord> Record(ScoringEngine engine, string id)
    {
        var ruleSet = engine.RuleSet;
        var types = ruleSet.Categories.Count == 0 ? [null] : ruleSet.Categories.Select(c => (string?)c.Id).ToArray();
        var templates = Templates.GetValue(engine, e => types.ToDictionary(t => t ?? string.Empty, t => e.CreateFullMarksRecord(t)));
        return
            from type in Gen.OneOf(types)
            from chance in Gen.Int[0, 100]
            from values in Near(templates[type ?? string.Empty].Values, ruleSet.Inputs, chance)
            from reviews in Reviews(ruleSet, values, chance)
            from intoSource in Gen.Bool
            select Assemble(ruleSet, id, type, values, reviews, intoSource);
    }

    /// <summary>Between 1 and <paramref name="max"/> records whose ids come from a small pool, so some share an id.</summary>
    public static Gen<OrganizationRecord[]> Batch(ScoringEngine engine, int max) =>
        Gen.Int[1, max].SelectMany(count => Gen.Int[0, max + max / 2].Array[count])
            .SelectMany(ids => ids.Aggregate(
                Gen.Const(ImmutableList<OrganizationRecord>.Empty),
                (acc, n) => acc.SelectMany(list => Record(engine, $"r{n:00}").Select(list.Add))))
            .Select(list => list.ToArray());

    private static Gen<ImmutableDictionary<string, InputValue>> Near(IReadOnlyDictionary<string, InputValue> template, IEnumerable<InputDefinition> inputs, int chance) =>
        inputs.Aggregate(
            Gen.Const(ImmutableDictionary<string, InputValue>.Empty.WithComparers(StringComparer.Ordinal)),
            (acc, input) => acc.SelectMany(d => Gen.Int[0, 99].SelectMany(roll => roll < chance || !template.ContainsKey(input.Id) ? Value(input) : Gen.Const(template[input.Id]))
                .Select(v => d.Add(input.Id, v))));

    private static Gen<ImmutableDictionary<string, decimal>> Reviews(RuleSet ruleSet, IReadOnlyDictionary<string, InputValue> values, int chance)
    {
        var score = new InputDefinition("score", "score", InputType.Number, ruleSet.ScoreMin, ruleSet.ScoreMax, [], null, null, null);
        return ruleSet.Reviews.Where(r => r.Supplies == ReviewSupply.Score).Aggregate(
            Gen.Const(ImmutableDictionary<string, decimal>.Empty),
            (acc, source) => acc.SelectMany(d => Gen.Int[0, 99].SelectMany(roll => roll < chance ? Value(score) : Gen.Const(InputValue.FromNumber(ruleSet.ScoreMax)))
                .Select(v => d.Add(source.Id, v.Number))));
    }

    private static OrganizationRecord Assemble(
        RuleSet ruleSet, string id, string? type, ImmutableDictionary<string, InputValue> values, ImmutableDictionary<string, decimal> scores, bool intoSource)
    {
        var reviews = scores.ToDictionary(s => s.Key, s => ReviewInput.FromScore(s.Value), StringComparer.Ordinal);
        if (intoSource && ruleSet.Reviews.FirstOrDefault(r => r.Supplies == ReviewSupply.Criteria) is { } source)
        {
            // Inputs with a default are read by vetoes, which read the record's values; the rest go to the source.
            var own = ruleSet.Inputs.Where(i => i.Default is not null).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            reviews[source.Id] = ReviewInput.FromValues(values.Where(v => !own.Contains(v.Key)).ToDictionary(StringComparer.Ordinal));
            values = values.Where(v => own.Contains(v.Key)).ToImmutableDictionary(StringComparer.Ordinal);
        }

        return new OrganizationRecord(id) { Type = type, Values = values, Reviews = reviews };
    }

    /// <summary>The record as one line, for CsCheck's failure report.</summary>
    public static string Print(OrganizationRecord record) =>
        $"{record.Id} ({record.Type}) values {{ {string.Join(", ", record.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}: {v.Value}"))} }}"
        + $" reviews {{ {string.Join(", ", record.Reviews.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {(r.Value.Score is { } score ? score.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{{ {string.Join(", ", r.Value.Values!.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}: {v.Value}"))} }}")}"))} }}";
}
