using PartyBuilding.Scoring.Periods;

namespace PartyBuilding.Scoring.Cycle;

/// <summary>
/// Everything dated about one organization: its period scores per year, the events that act on its star level and its
/// determinations. Read with <see cref="HistoryReader"/> or built in code.
/// </summary>
public sealed record OrganizationHistory
{
    /// <summary>Creates a history for an organization.</summary>
    /// <param name="id">The organization's id, unique within a history file.</param>
    public OrganizationHistory(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Id = id;
    }

    /// <summary>The organization's id.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Organization type (a category of the rule sets).</summary>
    public string? Type { get; init; }

    /// <summary>Id of the parent organization.</summary>
    public string? Parent { get; init; }

    /// <summary>Assessment years, in any order.</summary>
    public IReadOnlyList<AssessmentYear> Years { get; init; } = [];

    /// <summary>Events, in any order.</summary>
    public IReadOnlyList<StarEvent> Events { get; init; } = [];

    /// <summary>Determinations, in any order.</summary>
    public IReadOnlyList<Determination> Determinations { get; init; } = [];

    /// <summary>Line the organization was read from, for error reports; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
