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
    /// <exception cref="ArgumentException">A component's assessment is not among the sources, or two sources come from the same rule set.</exception>
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

            var outcome = source.Find(record.Id);
            var value = Take(component.Take, outcome);
            if (value is { } carried)
            {
                values[component.Input] = carried;
            }
            else if (component.WhenMissing == MissingComponentAction.Default)
            {
                values[component.Input] = input.Default!.Value;
            }
            else
            {
                var why = outcome is null ? "has no result" : "has no band (revoked)";
                return Reject(record, RecordRejectionCodes.ComponentMissing, string.Create(CultureInfo.InvariantCulture,
                    $"the organization {why} in \"{component.From}\" ({source.RuleSet.Version}), so the component \"{component.Title}\" cannot be carried."));
            }
        }

        return RecordReadResult.Read(record with { Values = values });
    }

    private static InputValue? Take(ComponentValue take, OrganizationOutcome? outcome) => (take, outcome) switch
    {
        (_, null) => (InputValue?)null,
        (ComponentValue.Score, _) => InputValue.FromNumber(outcome.Score),
        (_, { Band: null }) => (InputValue?)null,
        (ComponentValue.BandLevel, _) => InputValue.FromNumber(outcome.Band.Level),
        _ => InputValue.FromText(outcome.Band.Label),
    };

    private static RecordReadResult Reject(OrganizationRecord record, string code, string reason) =>
        RecordReadResult.Rejected(new RecordRejection(record.Id, record.SourceLine, code, reason));
}
