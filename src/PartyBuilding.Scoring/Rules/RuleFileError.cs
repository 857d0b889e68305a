using System.Globalization;

namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// One problem found in a rule file: where it is and what is wrong, in words a local administrator understands.
/// </summary>
/// <param name="File">The rule file's path or the name given when loading from a stream or string.</param>
/// <param name="JsonPath">The JSON path of the offending value, e.g. <c>$.areas[0].criteria[2].max</c>.</param>
/// <param name="Line">1-based line of the offending value (0 when the file could not be read at all).</param>
/// <param name="Column">1-based column, counted in characters.</param>
/// <param name="Code">A stable code such as <c>PBS041</c>; see <see cref="RuleFileErrorCodes"/>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record RuleFileError(string File, string JsonPath, int Line, int Column, string Code, string Message)
{
    /// <summary>Formats the error as <c>file(line,col): error CODE: message (at path)</c>, the form editors and CI logs link to.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error {Code}: {Message} (at {JsonPath})");
}
