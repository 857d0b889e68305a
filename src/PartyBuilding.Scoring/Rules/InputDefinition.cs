namespace PartyBuilding.Scoring.Rules;

/// <summary>A declared input: one fact every scored record supplies. Scoring reads nothing else.</summary>
/// <param name="Id">Identifier used in records and expressions.</param>
/// <param name="Title">Display title (Chinese allowed), also accepted as a CSV column header.</param>
/// <param name="Type">The kind of value.</param>
/// <param name="Min">Smallest allowed value for numbers and counts, if bounded.</param>
/// <param name="Max">Largest allowed value for numbers and counts, if bounded.</param>
/// <param name="Choices">The allowed choices of a grade input, in the order written; empty otherwise.</param>
/// <param name="Unit">Unit of measure, e.g. 分 or 次.</param>
/// <param name="Description">Help text for the people who fill in the value.</param>
/// <param name="Default">The value used when a record gives none; when null the input is required wherever it is read.</param>
public sealed record InputDefinition(
    string Id,
    string Title,
    InputType Type,
    decimal? Min,
    decimal? Max,
    IReadOnlyList<string> Choices,
    string? Unit,
    string? Description,
    InputValue? Default);
