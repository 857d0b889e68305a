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
                    CheckQuotaNotOnLowestBand(path + ".band", quota);
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

        // A quota moves the holders beyond its limit down one band; on the lowest band of a table there is nowhere to go.
        private void CheckQuotaNotOnLowestBand(string path, QuotaDocument quota)
        {
            var tables = new List<(string Name, List<BandDocument?>? Bands)> { ("bands", doc.Bands) };
            tables.AddRange((doc.BandsByType ?? []).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => ($"bandsByType.{t.Key}", t.Value)));
            foreach (var (name, bands) in tables)
            {
                var levels = (bands ?? []).OfType<BandDocument>().Where(b => b.Level is not null).ToList();
                if (levels.FirstOrDefault(b => b.Id == quota.Band) is { } band && levels.All(b => b.Level >= band.Level))
                {
                    Fail(path, RuleFileErrorCodes.QuotaOnLowestBand,
                        $"The quota \"{quota.Id}\" limits \"{quota.Band}\", the lowest band of \"{name}\": an organization beyond the limit cannot be moved further down. Limit a higher band, or use \"lagging\" to name the weakest.");
                    return;
                }
            }
        }
    }
}
