using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Builds the record that earns full marks: each input a criterion scores directly is set to its best value;
// inputs only formulas and vetoes read are chosen by trying their candidate values against the real scorer.
// The record holds only the inputs a record supplies (RuleSet.RecordInputs); the filled ones come from the carry or the batch.
internal static class FullMarksTemplate
{
    public static OrganizationRecord Create(ScoringEngine engine, string? type)
    {
        var ruleSet = engine.RuleSet;
        type ??= ruleSet.Categories.FirstOrDefault()?.Id;
        var values = new Dictionary<string, InputValue>(StringComparer.Ordinal);
        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in ruleSet.Areas.SelectMany(a => a.Criteria).Where(c => c.Input is not null))
        {
            var input = ruleSet.Inputs.First(i => i.Id == criterion.Input);
            var max = type is not null && criterion.MaxByType.TryGetValue(type, out var byType) ? byType : criterion.Max;
            InputValue best = criterion.Method switch
            {
                ScoringMethod.Points => Math.Min(max, input.Max ?? max),
                ScoringMethod.Check => true,
                ScoringMethod.Deduction => input.Min ?? 0m,
                _ => criterion.GradePoints.MaxBy(g => g.Value).Key,
            };
            // A points input shared by criteria of different maxima keeps the largest.
            if (!values.TryGetValue(input.Id, out var existing) || existing.Kind != InputValueKind.Number || best.Kind != InputValueKind.Number || best.Number > existing.Number)
            {
                values[input.Id] = best;
            }

            direct.Add(input.Id);
        }

        var searched = ruleSet.Inputs.Where(i => !direct.Contains(i.Id)).ToList();
        foreach (var input in searched)
        {
            values[input.Id] = Candidates(input)[0];
        }

        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var input in searched)
            {
                var best = values[input.Id];
                var bestRank = Rank(engine, values, type);
                foreach (var candidate in Candidates(input))
                {
                    values[input.Id] = candidate;
                    var rank = Rank(engine, values, type);
                    if (rank.CompareTo(bestRank) > 0)
                    {
                        (best, bestRank) = (candidate, rank);
                    }
                }

                values[input.Id] = best;
            }
        }

        // Inputs the file fills itself (components, peers, childInputs) took part in the search, since scoring needs them,
        // but the record leaves them out: a record that gives one is rejected (PBR101, PBR104, PBR105).
        var ordered = ruleSet.RecordInputs.ToDictionary(i => i.Id, i => values[i.Id], StringComparer.Ordinal);
        return new OrganizationRecord("template")
        {
            Name = ruleSet.Title,
            Type = type,
            Values = ordered,
            Reviews = Reviews(ruleSet),
        };
    }

    private static Dictionary<string, ReviewInput> Reviews(RuleSet ruleSet) =>
        ruleSet.Reviews.Where(r => r.Supplies == ReviewSupply.Score)
            .ToDictionary(r => r.Id, _ => ReviewInput.FromScore(ruleSet.ScoreMax), StringComparer.Ordinal);

    private static (int Eligible, int Level, decimal Score, int NoVetoes) Rank(ScoringEngine engine, Dictionary<string, InputValue> values, string? type)
    {
        var record = new OrganizationRecord("template") { Type = type, Values = values, Reviews = Reviews(engine.RuleSet) };
        return engine.TryScore(record, out var result, out _)
            ? (result.Band is null ? 0 : 1, result.Band?.Level ?? int.MinValue, result.Score, -result.Vetoes.Count)
            : (-1, int.MinValue, decimal.MinValue, int.MinValue);
    }

    private static List<InputValue> Candidates(InputDefinition input) => input.Type switch
    {
        InputType.Boolean => [false, true],
        InputType.Grade => [.. input.Choices.Select(c => InputValue.FromText(c))],
        _ => [.. new[] { input.Min ?? 0m, 0m, input.Max ?? input.Min ?? 0m }
            .Where(v => (input.Min is null || v >= input.Min) && (input.Max is null || v <= input.Max))
            .Distinct()
            .Select(v => InputValue.FromNumber(v))],
    };
}
