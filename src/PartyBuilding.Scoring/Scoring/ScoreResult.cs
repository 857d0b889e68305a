using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>The immutable result of scoring one record, with its line-by-line explanation.</summary>
public sealed record ScoreResult
{
    /// <summary>The rule set used: id, version and content hash.</summary>
    public required RuleSetIdentity RuleSet { get; init; }

    /// <summary>The record's id.</summary>
    public required string Id { get; init; }

    /// <summary>The record's name.</summary>
    public string? Name { get; init; }

    /// <summary>The record's type.</summary>
    public string? Type { get; init; }

    /// <summary>The record's parent.</summary>
    public string? Parent { get; init; }

    /// <summary>The final score: the composite of the reviews (or the criteria total), rounded and capped as the rule file says.</summary>
    public required decimal Score { get; init; }

    /// <summary>The criteria total of the record's own values; null when the rule set scores through review sources.</summary>
    public decimal? Total { get; init; }

    /// <summary>The band after vetoes; null when a veto revoked eligibility.</summary>
    public BandResult? Band { get; init; }

    /// <summary>The band the score alone earned, before any veto or conditional cap (of the score or of the band) applied.</summary>
    public BandResult? BandBeforeVetoes { get; init; }

    /// <summary>Area subtotals, in file order (per review source for sources that supply criteria).</summary>
    public required IReadOnlyList<AreaScore> Areas { get; init; }

    /// <summary>Review-source scores (三评), in file order; empty without reviews.</summary>
    public required IReadOnlyList<ReviewScore> Reviews { get; init; }

    /// <summary>Vetoes and conditional caps that applied, in file order.</summary>
    public required IReadOnlyList<AppliedVeto> Vetoes { get; init; }

    /// <summary>Quotas that moved the result down a band (名额), in file order; empty when none applied.</summary>
    public IReadOnlyList<AppliedQuota> Quotas { get; init; } = [];

    /// <summary>One line per criterion scored.</summary>
    public required IReadOnlyList<TraceLine> Trace { get; init; }
}
