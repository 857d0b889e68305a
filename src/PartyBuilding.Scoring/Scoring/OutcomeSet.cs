using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>
/// The outcomes of one assessment run (评定结果): the rule set that produced them and one outcome per scored organization,
/// ordered by id. Built from a <see cref="BatchResult"/> or read back from a result JSON file
/// (<see cref="Reporting.ResultJson.ReadOutcomes(string)"/>); the input of comparisons and component carry.
/// </summary>
public sealed class OutcomeSet
{
    private readonly Dictionary<string, OrganizationOutcome> byId;
    private readonly Dictionary<(string Rollup, string Organization), RollupStanding> rollups = [];

    /// <summary>Creates a set; ids must be unique.</summary>
    /// <param name="ruleSet">The rule set that produced the outcomes.</param>
    /// <param name="outcomes">The outcomes, in any order.</param>
    /// <exception cref="ArgumentException">Two outcomes share an id.</exception>
    public OutcomeSet(RuleSetIdentity ruleSet, IEnumerable<OrganizationOutcome> outcomes)
        : this(ruleSet, outcomes, [])
    {
    }

    /// <summary>Creates a set with the parents' standings under the assessment's roll-up constraints; ids must be unique.</summary>
    /// <param name="ruleSet">The rule set that produced the outcomes.</param>
    /// <param name="outcomes">The outcomes, in any order.</param>
    /// <param name="rollups">The roll-up standings, in any order; one per roll-up and organization.</param>
    /// <exception cref="ArgumentException">Two outcomes share an id, or two standings the same roll-up and organization.</exception>
    public OutcomeSet(RuleSetIdentity ruleSet, IEnumerable<OrganizationOutcome> outcomes, IEnumerable<RollupStanding> rollups)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(rollups);
        foreach (var standing in rollups)
        {
            if (!this.rollups.TryAdd((standing.Rollup, standing.OrganizationId), standing))
            {
                throw new ArgumentException($"The roll-up \"{standing.Rollup}\" is given twice for \"{standing.OrganizationId}\".", nameof(rollups));
            }
        }

        Rollups = [.. this.rollups.Values.OrderBy(r => r.Rollup, StringComparer.Ordinal).ThenBy(r => r.OrganizationId, StringComparer.Ordinal)];
        RuleSet = ruleSet;
        byId = new Dictionary<string, OrganizationOutcome>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (!byId.TryAdd(outcome.Id, outcome))
            {
                throw new ArgumentException($"The outcome id \"{outcome.Id}\" appears twice.", nameof(outcomes));
            }
        }

        Outcomes = [.. byId.Values.OrderBy(o => o.Id, StringComparer.Ordinal)];
    }

    /// <summary>The rule set that produced the outcomes; its id names the assessment.</summary>
    public RuleSetIdentity RuleSet { get; }

    /// <summary>The outcomes, ordered by id (ordinal).</summary>
    public IReadOnlyList<OrganizationOutcome> Outcomes { get; }

    /// <summary>The parents' standings under the roll-up constraints, ordered by roll-up id, then organization id; empty without roll-ups.</summary>
    public IReadOnlyList<RollupStanding> Rollups { get; }

    /// <summary>The outcomes of a scored batch.</summary>
    /// <param name="batch">The batch.</param>
    public static OutcomeSet From(BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var lagging = batch.Lagging.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        return new(
            batch.RuleSet,
            batch.Results.Select(r => OrganizationOutcome.From(r.Result) with { Lagging = lagging.Contains(r.Result.Id) }),
            batch.Rollups.Select(r => new RollupStanding(r.Rollup.Id, r.OrganizationId, RollupStanding.RoundShare(r.Aggregate.Share), r.Passed)));
    }

    /// <summary>Finds the outcome of an organization.</summary>
    /// <param name="id">The organization's id.</param>
    /// <returns>The outcome, or null when the organization has none in this set.</returns>
    public OrganizationOutcome? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Finds an organization's standing under a roll-up constraint.</summary>
    /// <param name="rollup">The roll-up's id.</param>
    /// <param name="organizationId">The organization's id.</param>
    /// <returns>The standing, or null when the roll-up did not evaluate the organization (e.g. nothing scored under it).</returns>
    public RollupStanding? FindRollup(string rollup, string organizationId) => rollups.GetValueOrDefault((rollup, organizationId));
}
