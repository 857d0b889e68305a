using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Rectification;

/// <summary>
/// A problem on a problem feedback list (问题反馈单) or found by an inspection, to be rectified by a deadline
/// (限期整改), with the status reported at each quarter end (每季度末报).
/// </summary>
/// <param name="Id">Identifier, unique in a problem list.</param>
/// <param name="Organization">Id of the organization (or reviewed secretary) that must rectify it.</param>
/// <param name="Source">What found it.</param>
/// <param name="Description">What is wrong.</param>
/// <param name="Deadline">The last day for rectification.</param>
public sealed record Problem(string Id, string Organization, ProblemSource Source, string Description, DateOnly Deadline)
{
    private static readonly IReadOnlyList<ProblemReport> NoReports = [];

    /// <summary>The organization's name, when known.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The person responsible for the rectification (责任人).</summary>
    public string? Responsible { get; init; }

    /// <summary>The date the problem was found; it counts from then on.</summary>
    public DateOnly? Found { get; init; }

    /// <summary>What found it, e.g. the inspection id or the review year.</summary>
    public string? Reference { get; init; }

    /// <summary>Status reports in date order; empty when nothing has been reported yet.</summary>
    public IReadOnlyList<ProblemReport> History { get; init; } = NoReports;

    /// <summary>Line of the problem in its file, for error reports; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
