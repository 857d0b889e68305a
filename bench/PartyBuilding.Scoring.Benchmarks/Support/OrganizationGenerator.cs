using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Benchmarks.Support;

/// <summary>
/// Deterministic, realistic records for a rule set, built in memory: the same distribution as <c>pbscore generate</c>
/// (one quality per organization so its values agree and scores spread over every band; occurrence counts near zero;
/// defaults such as a serious violation kept for most organizations). The same rule set, count and seed give the same records.
/// </summary>
public static class OrganizationGenerator
{
    /// <summary>Generates <paramref name="count"/> records that the rule set accepts.</summary>
    public static OrganizationRecord[] Generate(RuleSet ruleSet, int count, ulong seed)
    {
        var random = new SplitMix(seed);
        var types = ruleSet.Categories.Select(c => c.Id).ToArray();
        var occurrences = ruleSet.Areas.SelectMany(a => a.Criteria)
            .Where(c => c.Method == ScoringMethod.Deduction && c.Input is not null).Select(c => c.Input!).ToHashSet(StringComparer.Ordinal);
        var inputs = ruleSet.RecordInputs;
        var records = new OrganizationRecord[count];
        for (var i = 0; i < count; i++)
        {
            var id = "b" + (i + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            var type = types.Length == 0 ? null : types[random.Below(types.Length)];
            var quality = 0.6 + 0.4 * Math.Sqrt(random.Unit());
            var values = new Dictionary<string, InputValue>(inputs.Count, StringComparer.Ordinal);
            foreach (var input in inputs)
            {
                values[input.Id] = Value(input, occurrences.Contains(input.Id), quality, random);
            }

            records[i] = new OrganizationRecord(id) { Name = "Branch " + id, Type = type, Parent = "c" + (i % 50 + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture), Values = values };
        }

        return records;
    }

    private static InputValue Value(InputDefinition input, bool occurrence, double quality, SplitMix random)
    {
        var jitter = random.Unit();
        // Defaults mark the unusual case (no violation); one organization in twenty departs from it, so vetoes do apply.
        if (input.Default is { } fallback)
        {
            return random.Unit() < 0.95 ? fallback
                : fallback.Kind == InputValueKind.Boolean ? !fallback.Boolean
                : Math.Min(input.Max ?? decimal.MaxValue, fallback.Number + 1 + random.Below(3));
        }

        var good = Math.Clamp(quality * 0.8 + jitter * 0.2, 0, 1);
        switch (input.Type)
        {
            case InputType.Boolean:
                return good > 0.15;
            case InputType.Grade:
                var choices = input.Choices;
                return choices[Math.Min(choices.Count - 1, (int)((1 - good) * choices.Count))];
            default:
                var min = input.Min ?? 0m;
                var max = input.Max ?? min + 100m;
                var share = occurrence ? Math.Pow(jitter, 6) * (1 - good) : input.Type == InputType.Count ? good * good * 0.4 : good;
                var value = min + (max - min) * (decimal)share;
                value = input.Type == InputType.Count ? Math.Round(value, MidpointRounding.ToZero) : Math.Round(value, 1, MidpointRounding.ToZero);
                return Math.Clamp(value, min, max);
        }
    }

    // SplitMix64: a fixed pseudo-random sequence, independent of the runtime's Random.
    private sealed class SplitMix(ulong seed)
    {
        private ulong state = seed;

        public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

        public int Below(int n) => (int)(Next() % (ulong)n);

        private ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
