using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Periods;

/// <summary>
/// The annual result of one organization (年度考核结果): the period components combined with their weights, rounded and
/// banded with the rule set in force at the end of the year, which it names (id, version, content hash).
/// </summary>
public sealed record AnnualResult
{
    /// <summary>The organization's id.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>The year assessed.</summary>
    public required int Year { get; init; }

    /// <summary>The rule set used: the version in force on the year's last day.</summary>
    public required RuleSetIdentity RuleSet { get; init; }

    /// <summary>The weighted combination of the components before clamping to the score range and rounding.</summary>
    public required decimal Unrounded { get; init; }

    /// <summary>The annual score: clamped to the score range and rounded as the rule file says for <c>final</c>.</summary>
    public required decimal Score { get; init; }

    /// <summary>The band after the band-changing vetoes of criteria components; null when one revoked it.</summary>
    public BandResult? Band { get; init; }

    /// <summary>The band the annual score alone earned.</summary>
    public required BandResult BandBeforeVetoes { get; init; }

    /// <summary>The components, in rule-file order.</summary>
    public required IReadOnlyList<ComponentResult> Components { get; init; }

    /// <summary>The band-changing vetoes (capBand, lowerBand, revoke) of criteria components carried into the annual band, in file order.</summary>
    public required IReadOnlyList<AppliedVeto> Vetoes { get; init; }
}
