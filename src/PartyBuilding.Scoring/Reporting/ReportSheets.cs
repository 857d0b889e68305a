using System.Globalization;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// A report document (e.g. a <see cref="Bulletin"/>, 通报) as worksheets for <see cref="XlsxWorkbook"/>: sheet <c>summary</c>
/// with the document's fields, then one sheet per table named by the table's id, headed by the column titles.
/// Numeric columns become Excel numbers; every other cell stays text, as in the other report formats.
/// </summary>
public static class ReportSheets
{
    private const int MaxSheetName = 31;

    /// <summary>Builds the sheets of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The <c>summary</c> sheet and one sheet per table, in document order.</returns>
    public static IReadOnlyList<XlsxSheet> Create(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "summary" };
        var sheets = new List<XlsxSheet>
        {
            new("summary", ["field", "title", "value"], [.. document.Fields.Select(f => (IReadOnlyList<object?>)[f.Id, f.Title, f.Value])]),
        };
        foreach (var table in document.Tables)
        {
            var header = Header(table);
            var rows = table.Rows.Select(row => (IReadOnlyList<object?>)[.. row.Select((cell, i) => Cell(cell, table.Columns[i].Numeric))]).ToList();
            sheets.Add(new XlsxSheet(UniqueName(table.Id, names), header, rows));
        }

        return sheets;
    }

    // Titles are what readers look for; a title used twice in one table falls back to "title (id)".
    private static List<string> Header(ReportTable table)
    {
        var repeated = table.Columns.GroupBy(c => c.Title, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. table.Columns.Select(c => repeated.Contains(c.Title) ? $"{c.Title} ({c.Id})" : c.Title)];
    }

    private static object? Cell(string text, bool numeric) =>
        text.Length == 0 ? null
        : numeric && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
        : text;

    private static string UniqueName(string id, HashSet<string> used)
    {
        var name = new string([.. id.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]);
        name = name.Length > MaxSheetName ? name[..MaxSheetName] : name;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = n.ToString(CultureInfo.InvariantCulture);
            name = name[..Math.Min(name.Length, MaxSheetName - suffix.Length - 1)] + "_" + suffix;
        }

        return name;
    }
}
