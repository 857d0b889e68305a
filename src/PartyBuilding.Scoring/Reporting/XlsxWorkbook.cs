using System.Data;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Writes tables as an Excel workbook (.xlsx, 表格) — input templates, ranked results, bulletins. Numbers stay numbers,
/// text stays text, and the same tables give byte-identical files (fixed zip timestamps, numbered relationship ids).
/// </summary>
public static partial class XlsxWorkbook
{
    // The earliest time a zip entry can carry; any fixed value keeps the bytes reproducible.
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the sheets, in order, as one workbook.</summary>
    /// <param name="stream">Where the workbook goes; left open.</param>
    /// <param name="sheets">At least one sheet, with unique names.</param>
    /// <exception cref="ArgumentException">No sheet, a repeated sheet or column name, a row longer than its header, or a cell of another type.</exception>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }

        var tables = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            ArgumentNullException.ThrowIfNull(sheet);
            if (!tables.TryAdd(sheet.Name, ToTable(sheet)))
            {
                throw new ArgumentException($"The sheet name \"{sheet.Name}\" is used twice.", nameof(sheets));
            }
        }

        using var raw = new MemoryStream();
        raw.SaveAs(tables, printHeader: true, excelType: ExcelType.XLSX);
        raw.Position = 0;
        WithFixedTimestamps(raw, stream);
    }

    private static DataTable ToTable(XlsxSheet sheet)
    {
        var table = new DataTable(sheet.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var name in sheet.Header)
        {
            if (table.Columns.Contains(name))
            {
                throw new ArgumentException($"The column \"{name}\" appears twice in sheet \"{sheet.Name}\".", nameof(sheet));
            }

            table.Columns.Add(name, typeof(object));
        }

        foreach (var row in sheet.Rows)
        {
            if (row.Count > sheet.Header.Count)
            {
                throw new ArgumentException($"A row of sheet \"{sheet.Name}\" has {row.Count} cells but the header has {sheet.Header.Count}.", nameof(sheet));
            }

            table.Rows.Add([.. row.Select(Cell)]);
        }

        return table;
    }

    private static object Cell(object? value) => value switch
    {
        null => DBNull.Value,
        string or decimal or int or long or bool => value,
        _ => throw new ArgumentException($"A cell holds a {value.GetType().Name}; cells are text, decimal, int, long, bool or null."),
    };

    // The writer stamps entries with the current time and names relationships with random GUIDs ("R3f2a…");
    // both are replaced so that the same tables always give the same bytes.
    private static void WithFixedTimestamps(Stream source, Stream target)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in input.Entries)
        {
            using var buffer = new MemoryStream();
            using (var from = entry.Open())
            {
                from.CopyTo(buffer);
            }

            // Every part is XML; keep a part's byte-order mark exactly as the writer made it.
            var bytes = buffer.ToArray();
            var bom = bytes is [0xEF, 0xBB, 0xBF, ..];
            var xml = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            xml = RandomRelationshipId().Replace(xml, m =>
                ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = "Rpbs" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedEntryTime;
            using var to = copy.Open();
            to.Write(new UTF8Encoding(bom).GetPreamble());
            to.Write(Encoding.UTF8.GetBytes(xml));
        }
    }

    [GeneratedRegex("\\bR[0-9a-f]{32}\\b", RegexOptions.CultureInvariant)]
    private static partial Regex RandomRelationshipId();
}
