namespace PartyBuilding.Scoring.Rules;

internal sealed partial class RuleFileValidator
{
    private sealed partial class CrossChecks
    {
        // "components": each fills one declared input with a value from another assessment.
        private void CheckComponents()
        {
            var filled = new Dictionary<string, string>(StringComparer.Ordinal);
            Each("$.components", doc.Components, "component", c => c.Id, c => c.Unknown, new HashSet<string>(StringComparer.Ordinal), (path, component) =>
            {
                Require(path + ".title", component.Title, "component");
                if (string.IsNullOrEmpty(component.From))
                {
                    Fail(path + ".from", RuleFileErrorCodes.Missing, $"The component \"{component.Id}\" needs \"from\": the id of the rule set whose results it carries.");
                }
                else if (!RuleFileVocabulary.Id().IsMatch(component.From))
                {
                    Fail(path + ".from", RuleFileErrorCodes.InvalidId, $"\"{component.From}\" is not a rule-set id.");
                }

                var take = ComponentValue.Score;
                if (component.Take is null)
                {
                    Fail(path + ".take", RuleFileErrorCodes.Missing,
                        $"The component \"{component.Id}\" needs \"take\": one of {RuleFileVocabulary.List(RuleFileVocabulary.ComponentValues.Keys)}.");
                }
                else if (!RuleFileVocabulary.ComponentValues.TryGetValue(component.Take, out take))
                {
                    Fail(path + ".take", RuleFileErrorCodes.UnknownValue,
                        $"\"{component.Take}\" is not something a component can take: use one of {RuleFileVocabulary.List(RuleFileVocabulary.ComponentValues.Keys)}.");
                }

                var whenMissing = MissingComponentAction.Reject;
                if (component.WhenMissing is { } missing && !RuleFileVocabulary.MissingComponentActions.TryGetValue(missing, out whenMissing))
                {
                    Fail(path + ".whenMissing", RuleFileErrorCodes.UnknownValue,
                        $"\"{missing}\" is not a choice for \"whenMissing\": use one of {RuleFileVocabulary.List(RuleFileVocabulary.MissingComponentActions.Keys)}.");
                }

                if (string.IsNullOrEmpty(component.Input))
                {
                    Fail(path + ".input", RuleFileErrorCodes.Missing, $"The component \"{component.Id}\" needs \"input\": the declared input it fills.");
                    return;
                }

                if (!inputs.TryGetValue(component.Input, out var input))
                {
                    Fail(path + ".input", RuleFileErrorCodes.UnknownInput, $"The component \"{component.Id}\" fills \"{component.Input}\", which is not a declared input.");
                    return;
                }

                if (!filled.TryAdd(component.Input, component.Id ?? string.Empty))
                {
                    Fail(path + ".input", RuleFileErrorCodes.DuplicateId,
                        $"The input \"{component.Input}\" is already filled by the component \"{filled[component.Input]}\"; an input can be filled by one component only.");
                }

                var fits = take switch
                {
                    ComponentValue.Score or ComponentValue.RollupShare => input.Type == "number",
                    ComponentValue.BandLevel => input.Type is "number" or "count",
                    ComponentValue.RollupPassed => input.Type == "boolean",
                    _ => input.Type == "grade",
                };
                if (component.Take is not null && RuleFileVocabulary.ComponentValues.ContainsKey(component.Take) && !fits)
                {
                    var needed = take switch
                    {
                        ComponentValue.Score or ComponentValue.RollupShare => "a number",
                        ComponentValue.BandLevel => "a number or count",
                        ComponentValue.RollupPassed => "a boolean",
                        _ => "a grade",
                    };
                    Fail(path + ".input", RuleFileErrorCodes.InputTypeMismatch,
                        $"The component \"{component.Id}\" takes the {component.Take}, which needs {needed} input; \"{input.Id}\" is a {input.Type} input.");
                }

                if (whenMissing == MissingComponentAction.Default && input.Default is null)
                {
                    Fail(path + ".whenMissing", RuleFileErrorCodes.ConflictingOptions,
                        $"The component \"{component.Id}\" uses the default when an organization has no result, but the input \"{input.Id}\" has no \"default\".");
                }

                if (component.Take is not null && RuleFileVocabulary.ComponentValues.ContainsKey(component.Take))
                {
                    CheckComponentRollup(path, component, take);
                    CheckComponentRevoked(path, component, take, input);
                }
            });
        }

        // "rollup" names the other assessment's roll-up; it is needed by the roll-up takes and means nothing for the others.
        private void CheckComponentRollup(string path, ComponentDocument component, ComponentValue take)
        {
            var takesRollup = take is ComponentValue.RollupPassed or ComponentValue.RollupShare;
            if (takesRollup && string.IsNullOrEmpty(component.Rollup))
            {
                Fail(path + ".rollup", RuleFileErrorCodes.Missing,
                    $"The component \"{component.Id}\" takes {component.Take}, so it needs \"rollup\": the id of a roll-up in the rule set \"{component.From}\".");
            }
            else if (takesRollup && !RuleFileVocabulary.Id().IsMatch(component.Rollup!))
            {
                Fail(path + ".rollup", RuleFileErrorCodes.InvalidId, $"\"{component.Rollup}\" is not a roll-up id.");
            }
            else if (!takesRollup && component.Rollup is not null)
            {
                Fail(path + ".rollup", RuleFileErrorCodes.ConflictingOptions,
                    $"The component \"{component.Id}\" takes the {component.Take}, not a roll-up; remove \"rollup\" or take rollupPassed or rollupShare.");
            }
        }

        // "whenRevoked": what a result whose band a veto revoked carries. Each choice must give a value the input can hold.
        private void CheckComponentRevoked(string path, ComponentDocument component, ComponentValue take, InputDocument input)
        {
            if (component.WhenRevoked is not { } revoked)
            {
                return;
            }

            if (!RuleFileVocabulary.RevokedComponentActions.TryGetValue(revoked, out var action))
            {
                Fail(path + ".whenRevoked", RuleFileErrorCodes.UnknownValue,
                    $"\"{revoked}\" is not a choice for \"whenRevoked\": use one of {RuleFileVocabulary.List(RuleFileVocabulary.RevokedComponentActions.Keys)}.");
                return;
            }

            var problem = (take, action) switch
            {
                (ComponentValue.RollupPassed or ComponentValue.RollupShare, _) =>
                    "takes a roll-up, which no veto revokes; remove \"whenRevoked\"",
                (not ComponentValue.Score, RevokedComponentAction.Score) =>
                    $"takes the {component.Take}, and a revoked result has no band; \"whenRevoked\": \"score\" only fits \"take\": \"score\"",
                (ComponentValue.BandLabel, RevokedComponentAction.Zero) =>
                    "takes the band label, which cannot be zero; use \"reject\" or \"default\"",
                (_, RevokedComponentAction.Zero) when input.Min > 0 =>
                    $"carries zero for a revoked result, but the input \"{input.Id}\" starts at {DecimalText.Format(input.Min.Value)}",
                (_, RevokedComponentAction.Default) when input.Default is null =>
                    $"uses the default for a revoked result, but the input \"{input.Id}\" has no \"default\"",
                _ => null,
            };
            if (problem is not null)
            {
                Fail(path + ".whenRevoked", RuleFileErrorCodes.ConflictingOptions, $"The component \"{component.Id}\" {problem}.");
            }
        }
    }
}
