using System.Globalization;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Appraisal;

/// <summary>
/// Carries the outcomes of other assessments into records of a receiving rule set, as its <c>components</c> declare (纳入):
/// e.g. the party-building score into the annual departmental appraisal. Each component fills one input of the record;
/// the receiving rule file's criteria say what the input is worth, so the share, caps and rounding stay in the rule file
/// and the trace shows the carried value. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var appraisal = ScoringEngine.Load("rules/departmental-appraisal.json");
/// var partyBuilding = OutcomeSet.From(fiveGoodsEngine.ScoreBatch(fiveGoodsRecords));
/// var carry = new ComponentCarry(appraisal.RuleSet, [partyBuilding]);
/// var batch = appraisal.ScoreBatch(carry.Apply(RecordReader.StreamFile("departments.json", appraisal.RuleSet)));
/// </code>
/// </example>
public sealed class ComponentCarry
{
    private readonly IReadOnlyList<(ComponentDefinition Component, OutcomeSet Source, InputDefinition Input)> components;

    /// <summary>Prepares the carry of every component of <paramref name="receiving"/> from the given outcomes.</summary>
    /// <param name="receiving">The rule set whose records receive the components.</param>
    /// <param name="sources">The outcomes of the other assessments, told apart by their rule set id.</param>
    /// <exception cref="ArgumentException">
    /// A component's assessment is not among the sources, two sources come from the same rule set, or a component takes a
    /// roll-up of which its source holds no standing (the roll-up id is wrong, or the source was scored without the
    /// organization tree that gives the parents' types).
    /// </exception>
    public ComponentCarry(RuleSet receiving, IEnumerable<OutcomeSet> sources)
    {
        ArgumentNullException.ThrowIfNull(receiving);
        ArgumentNullException.ThrowIfNull(sources);
        var byId = new Dictionary<string, OutcomeSet>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!byId.TryAdd(source.RuleSet.Id, source))
            {
                throw new ArgumentException($"Two result sets come from the rule set \"{source.RuleSet.Id}\"; give one per assessment.", nameof(sources));
            }
        }

        components =
        [
            .. receiving.Components.Select(c => (c,
                byId.GetValueOrDefault(c.From) ?? throw new ArgumentException(
                    $"The component \"{c.Id}\" ({c.Title}) comes from the results of \"{c.From}\", which were not given.", nameof(sources)),
                receiving.Inputs.Single(i => i.Id == c.Input))),
        ];
        foreach (var (component, source, _) in components)
        {
            if (component.Rollup is { } rollup && !source.Rollups.Any(r => r.Rollup == rollup))
            {
                throw new ArgumentException(
                    $"The component \"{component.Id}\" ({component.Title}) takes the roll-up \"{rollup}\" of \"{component.From}\", but those results hold no standing for it: check the roll-up id, and score \"{component.From}\" with the organization tree (--organizations) when the roll-up is limited to parent types.",
                    nameof(sources));
            }
        }

        Sources = [.. components.Select(c => c.Source.RuleSet).Distinct()];
    }

    /// <summary>The rule sets whose outcomes are carried, in the order of the components that use them.</summary>
    public IReadOnlyList<RuleSetIdentity> Sources { get; }

    /// <summary>Adds the carried values to each record as it is read; records that cannot receive them become rejections.</summary>
    /// <param name="items">The records as read (streamed: nothing is held beyond the current record).</param>
    /// <returns>The records with the component inputs filled, in the same order.</returns>
    public IEnumerable<RecordReadResult> Apply(IEnumerable<RecordReadResult> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Select(item => item.Record is { } record ? Apply(record) : item);
    }

    /// <summary>Adds the carried values to one record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The record with the component inputs filled, or its rejection (PBR100, PBR101).</returns>
    public RecordReadResult Apply(OrganizationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (components.Count == 0)
        {
            return RecordReadResult.Read(record);
        }

        var values = new Dictionary<string, InputValue>(record.Values, StringComparer.Ordinal);
        foreach (var (component, source, input) in components)
        {
            if (values.ContainsKey(component.Input))
            {
                return Reject(record, RecordRejectionCodes.ComponentInputSupplied,
                    $"the record gives \"{component.Input}\", which the component \"{component.Title}\" fills from the results of \"{component.From}\"; leave it out of the record.");
            }

            var (value, missing) = Take(component, source, record.Id);
            if (value is { } carried)
            {
                values[component.Input] = carried;
                continue;
            }

            var revoked = missing is null;
            var useDefault = revoked ? component.WhenRevoked == RevokedComponentAction.Default : component.WhenMissing == MissingComponentAction.Default;
            if (useDefault)
            {
                values[component.Input] = input.Default!.Value;
            }
            else if (revoked)
            {
                return Reject(record, RecordRejectionCodes.ComponentRevoked, string.Create(CultureInfo.InvariantCulture,
                    $"the organization's result in \"{component.From}\" ({source.RuleSet.Version}) was revoked by a veto, and the component \"{component.Title}\" carries nothing for a revoked result (whenRevoked: reject)."));
            }
            else
            {
                return Reject(record, RecordRejectionCodes.ComponentMissing, string.Create(CultureInfo.InvariantCulture,
                    $"the organization {missing} in \"{component.From}\" ({source.RuleSet.Version}), so the component \"{component.Title}\" cannot be carried."));
            }
        }

        return RecordReadResult.Read(record with { Values = values });
    }

    // The carried value; without one, why it is missing ("has no result" …), or null for a revoked result that carries nothing.
    private static (InputValue? Value, string? Missing) Take(ComponentDefinition component, OutcomeSet source, string id)
    {
        if (component.Take is ComponentValue.RollupPassed or ComponentValue.RollupShare)
        {
            return source.FindRollup(component.Rollup!, id) switch
            {
                null => (null, $"has no standing under the roll-up \"{component.Rollup}\" (nothing scored under it, or not one of the roll-up's parent types)"),
                { } standing when component.Take == ComponentValue.RollupPassed => (InputValue.FromBoolean(standing.Passed), null),
                { } standing => (InputValue.FromNumber(standing.Share), null),
            };
        }

        if (source.Find(id) is not { } outcome)
        {
            return (null, "has no result");
        }

        if (outcome.Band is not { } band)
        {
            return component.WhenRevoked switch
            {
                RevokedComponentAction.Score => (InputValue.FromNumber(outcome.Score), null),
                RevokedComponentAction.Zero => (InputValue.FromNumber(0m), null),
                _ => (null, null),
            };
        }

        return component.Take switch
        {
            ComponentValue.Score => (InputValue.FromNumber(outcome.Score), null),
            ComponentValue.BandLevel => (InputValue.FromNumber(band.Level), null),
            _ => (InputValue.FromText(band.Label), null),
        };
    }

    private static RecordReadResult Reject(OrganizationRecord record, string code, string reason) =>
        RecordReadResult.Rejected(new RecordRejection(record.Id, record.SourceLine, code, reason));
}
