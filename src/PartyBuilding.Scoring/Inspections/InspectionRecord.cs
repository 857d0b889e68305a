namespace PartyBuilding.Scoring.Inspections;

/// <summary>One inspection (党建工作巡查) of one organization on one date, with what it found.</summary>
/// <param name="Id">Identifier, unique in a batch.</param>
/// <param name="Date">The inspection date; it decides which items are in effect and the rectification deadlines.</param>
/// <param name="Organization">Id of the inspected organization.</param>
public sealed record InspectionRecord(string Id, DateOnly Date, string Organization)
{
    private static readonly IReadOnlyList<InspectionFinding> NoFindings = [];

    /// <summary>The organization's name.</summary>
    public string? Name { get; init; }

    /// <summary>The organization's type, when the rule file declares types.</summary>
    public string? Type { get; init; }

    /// <summary>Who is responsible for rectifying what was found.</summary>
    public string? Responsible { get; init; }

    /// <summary>The findings, one per problem.</summary>
    public IReadOnlyList<InspectionFinding> Findings { get; init; } = NoFindings;

    /// <summary>Line of the record in its file, for error reports; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
