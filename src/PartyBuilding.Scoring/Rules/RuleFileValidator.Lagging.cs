namespace PartyBuilding.Scoring.Rules;

internal sealed partial class RuleFileValidator
{
    private sealed partial class CrossChecks
    {
        // "lagging": at least one condition, each within range, and a rectification with a plan.
        private void CheckLagging()
        {
            if (doc.Lagging is not { } lagging)
            {
                return;
            }

            const string path = "$.lagging";
            Unknown(path, lagging.Unknown);
            Require(path + ".title", lagging.Title, "lagging section");
            if (lagging is { ScoreBelow: null, Bands: null or [], Revoked: not true, BottomCount: null, BottomShare: null })
            {
                Fail(path, RuleFileErrorCodes.Missing,
                    "The lagging section needs at least one condition: \"scoreBelow\", \"bands\", \"revoked\", \"bottomCount\" or \"bottomShare\".");
            }

            if (lagging.ScoreBelow is { } below && doc.ScoreRange is { Min: { } min, Max: { } max } && (below <= min || below > max))
            {
                Fail(path + ".scoreBelow", RuleFileErrorCodes.ValueOutOfRange,
                    $"\"scoreBelow\" must lie above the score range's min {Text(min)} and at most its max {Text(max)}; {Text(below)} would name no organization or every one.");
            }

            if (lagging.BottomCount is < 1)
            {
                Fail(path + ".bottomCount", RuleFileErrorCodes.ValueOutOfRange, "\"bottomCount\" must be at least 1.");
            }

            CheckShare(path + ".bottomShare", lagging.BottomShare, "bottomShare");
            CheckBandIds(path + ".bands", lagging.Bands);
            if (lagging.Rectification is { } rectification)
            {
                Unknown(path + ".rectification", rectification.Unknown);
                Require(path + ".rectification.plan", rectification.Plan, "rectification");
                if (rectification.Deadline is { } deadline && !BeADate(deadline))
                {
                    Fail(path + ".rectification.deadline", RuleFileErrorCodes.InvalidDate, $"\"{deadline}\" is not a date written as yyyy-MM-dd, e.g. 2027-06-30.");
                }
            }
        }

        // "rollups": each counts bands under a parent and needs a minimum share.
        private void CheckRollups() =>
            Each("$.rollups", doc.Rollups, "roll-up", r => r.Id, r => r.Unknown, new HashSet<string>(StringComparer.Ordinal), (path, rollup) =>
            {
                Require(path + ".title", rollup.Title, "roll-up");
                Require(path + ".message", rollup.Message, "roll-up");
                if (rollup.Over is { } over && !RuleFileVocabulary.RollupScopes.ContainsKey(over))
                {
                    Fail(path + ".over", RuleFileErrorCodes.UnknownValue,
                        $"\"{over}\" is not a roll-up scope: use one of {RuleFileVocabulary.List(RuleFileVocabulary.RollupScopes.Keys)}.");
                }

                if (rollup.Bands is null or [])
                {
                    Fail(path + ".bands", RuleFileErrorCodes.Missing, $"The roll-up \"{rollup.Id}\" needs \"bands\": the band ids it counts, e.g. [\"fiveStar\"].");
                }

                CheckBandIds(path + ".bands", rollup.Bands);
                if (rollup.MinimumShare is null)
                {
                    Fail(path + ".minimumShare", RuleFileErrorCodes.Missing, $"The roll-up \"{rollup.Id}\" needs \"minimumShare\", a share between 0 and 1 such as 0.5.");
                }

                CheckShare(path + ".minimumShare", rollup.MinimumShare, "minimumShare");
            });

        private void CheckShare(string path, decimal? share, string name)
        {
            if (share is <= 0 or > 1)
            {
                // A tiny positive number such as 1e-30 arrives here as 0 (decimals keep 28 places), so 0 is not quoted back as given.
                var given = share == 0 ? "; the value given is 0 or too small to count (the smallest share is 0.0000000000000000000000000001)" : $", not {Text(share.Value)}";
                Fail(path, RuleFileErrorCodes.ValueOutOfRange, $"\"{name}\" is a share: more than 0 and at most 1 (0.05 is 5%){given}.");
            }
        }

        private void CheckBandIds(string path, List<string?>? ids)
        {
            for (var i = 0; i < (ids?.Count ?? 0); i++)
            {
                CheckBandId($"{path}[{i}]", ids![i]);
            }
        }

        private void CheckBandId(string path, string? id)
        {
            var known = (doc.Bands ?? []).Concat((doc.BandsByType ?? []).Values.SelectMany(b => b ?? []))
                .Select(b => b?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (id is null || !known.Contains(id))
            {
                Fail(path, RuleFileErrorCodes.UnknownBand,
                    $"\"{id}\" is not the id of a band; the bands are {RuleFileVocabulary.List(known.Order(StringComparer.Ordinal))}.");
            }
        }
    }
}
