namespace PartyBuilding.Scoring.Rules;

internal sealed partial class RuleFileValidator
{
    private sealed partial class CrossChecks
    {
        // "peers": a declared number input filled from a declared number or count input of the group.
        private void CheckPeers()
        {
            var filled = new HashSet<string>((doc.Components ?? []).Select(c => c?.Input).OfType<string>(), StringComparer.Ordinal);
            for (var i = 0; i < (doc.Peers?.Count ?? 0); i++)
            {
                var path = $"$.peers[{i}]";
                if (doc.Peers![i] is not { } peer)
                {
                    Fail(path, RuleFileErrorCodes.Missing, "A peer input cannot be null.");
                    continue;
                }

                Unknown(path, peer.Unknown);
                if (peer.Statistic is null || !RuleFileVocabulary.PeerStatistics.ContainsKey(peer.Statistic))
                {
                    Fail(path + ".statistic", peer.Statistic is null ? RuleFileErrorCodes.Missing : RuleFileErrorCodes.UnknownValue,
                        $"\"statistic\" must be one of {RuleFileVocabulary.List(RuleFileVocabulary.PeerStatistics.Keys)}.");
                }

                if (peer.Within is { } within && !RuleFileVocabulary.QuotaGroups.ContainsKey(within))
                {
                    Fail(path + ".within", RuleFileErrorCodes.UnknownValue,
                        $"\"{within}\" is not a group to compare within: use one of {RuleFileVocabulary.List(RuleFileVocabulary.QuotaGroups.Keys)}.");
                }

                CheckPeerInput(path + ".of", peer.Of, "\"of\": the input compared across the group", "a number or count");
                if (CheckPeerInput(path + ".input", peer.Input, "\"input\": the input it fills", "a number") && !filled.Add(peer.Input!))
                {
                    Fail(path + ".input", RuleFileErrorCodes.DuplicateId, $"The input \"{peer.Input}\" is already filled by a component or another peer input.");
                }
            }
        }

        private bool CheckPeerInput(string path, string? id, string what, string needed)
        {
            if (string.IsNullOrEmpty(id))
            {
                Fail(path, RuleFileErrorCodes.Missing, $"A peer input needs {what}.");
                return false;
            }

            if (!inputs.TryGetValue(id, out var input))
            {
                Fail(path, RuleFileErrorCodes.UnknownInput, $"The peer input names \"{id}\", which is not a declared input.");
                return false;
            }

            var fits = needed == "a number" ? input.Type == "number" : input.Type is "number" or "count";
            if (!fits)
            {
                Fail(path, RuleFileErrorCodes.InputTypeMismatch, $"The peer input needs {needed} input here; \"{id}\" is a {input.Type} input.");
            }

            return fits;
        }
    }
}
