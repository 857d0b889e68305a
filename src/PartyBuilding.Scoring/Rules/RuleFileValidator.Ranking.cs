namespace PartyBuilding.Scoring.Rules;

internal sealed partial class RuleFileValidator
{
    private sealed partial class CrossChecks
    {
        // "ranking": the group ranked within and the inputs that break ties.
        private void CheckRanking()
        {
            if (doc.Ranking is not { } ranking)
            {
                return;
            }

            Unknown("$.ranking", ranking.Unknown);
            if (ranking.GroupBy is { } group && !RuleFileVocabulary.RankingGroups.ContainsKey(group))
            {
                Fail("$.ranking.groupBy", RuleFileErrorCodes.UnknownValue,
                    $"\"{group}\" is not a ranking group: use one of {RuleFileVocabulary.List(RuleFileVocabulary.RankingGroups.Keys)}.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (ranking.TieBreakers?.Count ?? 0); i++)
            {
                var path = $"$.ranking.tieBreakers[{i}]";
                if (ranking.TieBreakers![i] is not { } tieBreaker)
                {
                    Fail(path, RuleFileErrorCodes.Missing, "A tie-breaker cannot be null.");
                    continue;
                }

                Unknown(path, tieBreaker.Unknown);
                if (tieBreaker.Order is { } order && !RuleFileVocabulary.SortOrders.ContainsKey(order))
                {
                    Fail(path + ".order", RuleFileErrorCodes.UnknownValue,
                        $"\"{order}\" is not a sort order: use one of {RuleFileVocabulary.List(RuleFileVocabulary.SortOrders.Keys)}.");
                }

                if (string.IsNullOrEmpty(tieBreaker.Input))
                {
                    Fail(path + ".input", RuleFileErrorCodes.Missing, "A tie-breaker needs \"input\": the declared input that orders equal scores.");
                }
                else if (!inputs.TryGetValue(tieBreaker.Input, out var input))
                {
                    Fail(path + ".input", RuleFileErrorCodes.UnknownInput, $"The tie-breaker reads \"{tieBreaker.Input}\", which is not a declared input.");
                }
                else if (input.Type is not ("number" or "count" or "boolean"))
                {
                    Fail(path + ".input", RuleFileErrorCodes.InputTypeMismatch,
                        $"A tie-breaker needs a number, count or boolean input to order by; \"{input.Id}\" is a {input.Type} input.");
                }
                else if (!seen.Add(tieBreaker.Input))
                {
                    Fail(path + ".input", RuleFileErrorCodes.DuplicateId, $"The input \"{tieBreaker.Input}\" is already a tie-breaker.");
                }
            }
        }
    }
}
