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

                if (CheckPeerInput(path + ".of", peer.Of, "\"of\": the input compared across the group", "a number or count"))
                {
                    CheckPeerSource(path + ".of", peer);
                }

                if (CheckPeerInput(path + ".input", peer.Input, "\"input\": the input it fills", "a number"))
                {
                    if (!filled.Add(peer.Input!))
                    {
                        Fail(path + ".input", RuleFileErrorCodes.DuplicateId, $"The input \"{peer.Input}\" is already filled by a component or another peer input.");
                    }
                    else if (!InputReaders.IsRead(doc, peer.Input!))
                    {
                        Fail(path + ".input", RuleFileErrorCodes.ConflictingOptions,
                            $"The peer input \"{peer.Input}\" is filled from the group, but no criterion or veto reads it, so it would change nothing.");
                    }
                }
            }
        }

        // Peer statistics are taken from the values the records give, before any input is filled from the batch: an
        // "of" that is itself a peer or child input has no value yet, and every record would be rejected for it.
        private void CheckPeerSource(string path, PeerDocument peer)
        {
            var of = peer.Of!;
            var computed = of == peer.Input ? "the input this peer input fills itself"
                : (doc.Peers ?? []).Any(p => p?.Input == of) ? "another peer input"
                : (doc.ChildInputs ?? []).Any(c => c?.Input == of) ? "a child input, filled from the organizations under each record"
                : null;
            if (computed is not null)
            {
                Fail(path, RuleFileErrorCodes.ConflictingOptions,
                    $"The peer input \"{peer.Input}\" compares \"{of}\", which is {computed}; a peer statistic is taken from values the records give, so \"of\" must name an input the records supply.");
            }
        }

        // "childInputs": a declared number input filled from the scored organizations under the record.
        private void CheckChildInputs()
        {
            var filled = new HashSet<string>(
                (doc.Components ?? []).Select(c => c?.Input).Concat((doc.Peers ?? []).Select(p => p?.Input)).OfType<string>(), StringComparer.Ordinal);
            for (var i = 0; i < (doc.ChildInputs?.Count ?? 0); i++)
            {
                var path = $"$.childInputs[{i}]";
                if (doc.ChildInputs![i] is not { } child)
                {
                    Fail(path, RuleFileErrorCodes.Missing, "A child input cannot be null.");
                    continue;
                }

                Unknown(path, child.Unknown);
                var statistic = ChildStatistic.Mean;
                if (child.Statistic is null || !RuleFileVocabulary.ChildStatistics.TryGetValue(child.Statistic, out statistic))
                {
                    Fail(path + ".statistic", child.Statistic is null ? RuleFileErrorCodes.Missing : RuleFileErrorCodes.UnknownValue,
                        $"\"statistic\" must be one of {RuleFileVocabulary.List(RuleFileVocabulary.ChildStatistics.Keys)}.");
                }

                if (child.Over is { } over && !RuleFileVocabulary.RollupScopes.ContainsKey(over))
                {
                    Fail(path + ".over", RuleFileErrorCodes.UnknownValue,
                        $"\"{over}\" is not a scope: use one of {RuleFileVocabulary.List(RuleFileVocabulary.RollupScopes.Keys)}.");
                }

                if (statistic == ChildStatistic.ShareInBands && child.Bands is null or [])
                {
                    Fail(path + ".bands", RuleFileErrorCodes.Missing, "\"shareInBands\" needs \"bands\": the band ids counted.");
                }
                else if (statistic != ChildStatistic.ShareInBands && child.Bands is not null)
                {
                    Fail(path + ".bands", RuleFileErrorCodes.ConflictingOptions, "Only \"shareInBands\" counts \"bands\"; remove them.");
                }

                CheckBandIds(path + ".bands", child.Bands);
                if (CheckPeerInput(path + ".input", child.Input, "\"input\": the input it fills", "a number", "child input") && !filled.Add(child.Input!))
                {
                    Fail(path + ".input", RuleFileErrorCodes.DuplicateId, $"The input \"{child.Input}\" is already filled by a component, a peer input or another child input.");
                }
            }
        }

        private bool CheckPeerInput(string path, string? id, string what, string needed, string kind = "peer input")
        {
            if (string.IsNullOrEmpty(id))
            {
                Fail(path, RuleFileErrorCodes.Missing, $"A {kind} needs {what}.");
                return false;
            }

            if (!inputs.TryGetValue(id, out var input))
            {
                Fail(path, RuleFileErrorCodes.UnknownInput, $"The {kind} names \"{id}\", which is not a declared input.");
                return false;
            }

            var fits = needed == "a number" ? input.Type == "number" : input.Type is "number" or "count";
            if (!fits)
            {
                Fail(path, RuleFileErrorCodes.InputTypeMismatch, $"The {kind} needs {needed} input here; \"{id}\" is a {input.Type} input.");
            }

            return fits;
        }
    }
}
