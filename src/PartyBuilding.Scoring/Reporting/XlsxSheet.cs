namespace PartyBuilding.Scoring.Reporting;

/// <summary>One worksheet for <see cref="XlsxWorkbook"/>: a name, a header row and data rows.</summary>
/// <param name="Name">Worksheet name (at most 31 characters, no <c>[]:*?/\</c>).</param>
/// <param name="Header">Column names of row 1, unique.</param>
/// <param name="Rows">Data rows; each cell is null, text, a number (<see cref="decimal"/>, <see cref="int"/>, <see cref="long"/>) or a boolean.</param>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
