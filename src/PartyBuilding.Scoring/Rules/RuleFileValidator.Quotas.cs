namespace PartyBuilding.Scoring.Rules;

internal sealed partial class RuleFileValidator
{
    private sealed partial class CrossChecks
    {
        // "quotas": a known band, a limit, known words.
        private void CheckQuotas() =>
            Each("$.quotas", doc.Quotas, "quota", q => q.Id, q => q.Unknown, new HashSet<string>(StringComparer.Ordinal), (path, quota) =>
            {
                Require(path + ".title", quota.Title, "quota");
                Require(path + ".message", quota.Message, "quota");
                if (string.IsNullOrEmpty(quota.Band))
                {
                    Fail(path + ".band", RuleFileErrorCodes.Missing, $"The quota \"{quota.Id}\" needs \"band\": the band id it limits.");
                }
                else
                {
                    CheckBandId(path + ".band", quota.Band);
                }

                if (quota.Within is { } within && !RuleFileVocabulary.QuotaGroups.ContainsKey(within))
                {
                    Fail(path + ".within", RuleFileErrorCodes.UnknownValue,
                        $"\"{within}\" is not a quota group: use one of {RuleFileVocabulary.List(RuleFileVocabulary.QuotaGroups.Keys)}.");
                }

                if (quota.AtBoundary is { } boundary && !RuleFileVocabulary.QuotaBoundaries.ContainsKey(boundary))
                {
                    Fail(path + ".atBoundary", RuleFileErrorCodes.UnknownValue,
                        $"\"{boundary}\" is not a choice for ties at the quota's limit: use one of {RuleFileVocabulary.List(RuleFileVocabulary.QuotaBoundaries.Keys)}.");
                }

                if (quota is { MaxShare: null, MaxCount: null })
                {
                    Fail(path, RuleFileErrorCodes.Missing, $"The quota \"{quota.Id}\" needs \"maxShare\" or \"maxCount\".");
                }

                if (quota.MaxCount is < 0)
                {
                    Fail(path + ".maxCount", RuleFileErrorCodes.ValueOutOfRange, "\"maxCount\" cannot be negative.");
                }

                CheckShare(path + ".maxShare", quota.MaxShare, "maxShare");
            });
    }
}
