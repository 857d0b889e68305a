using System.Globalization;

namespace PartyBuilding.Scoring;

/// <summary>Why a record was not scored.</summary>
/// <param name="Id">The record's id, when it has one.</param>
/// <param name="Line">The line (JSON) or row (CSV) of the record, when known.</param>
/// <param name="Code">A stable code; see <see cref="RecordRejectionCodes"/>.</param>
/// <param name="Reason">What is wrong, in words the person who filled in the data understands.</param>
public sealed record RecordRejection(string? Id, int? Line, string Code, string Reason)
{
    /// <summary>Formats the rejection as <c>id (line N): CODE: reason</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Id ?? "(no id)"}{(Line is { } line ? $" (line {line})" : string.Empty)}: {Code}: {Reason}");
}
