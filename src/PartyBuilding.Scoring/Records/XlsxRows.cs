using System.Globalization;
using MiniExcelLibs;

namespace PartyBuilding.Scoring.Records;

// The first worksheet of an .xlsx file as rows of invariant text, so Excel input goes through the same column
// mapping and cell parsing as CSV. Excel stores numbers as doubles; the shortest round-trip text of a double is
// what the cell showed (4.5, 94.4), so nothing is lost for the values staff type.
internal static class XlsxRows
{
    // Each non-empty row with its worksheet row number, and why one of its cells under a header column cannot be read
    // (a formula with no saved value, or a merged cell other than the range's top-left one), or null.
    public static IEnumerable<(int Row, string[] Cells, string? Problem)> Read(Stream stream)
    {
        var workbook = stream.CanSeek ? stream : Buffer(stream);
        var facts = XlsxCellFacts.Read(workbook);
        var row = 0;
        int[]? header = null;
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(workbook, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            row++;
            var texts = cells.Values.Select(Text).ToArray();
            var used = Array.FindLastIndex(texts, t => t.Length > 0) + 1;
            var problem = header?.Select(c => facts.Problem(row, c, includeMerges: used > 0)).FirstOrDefault(p => p is not null);
            if (used > 0 && header is null)
            {
                header = [.. cells.Keys.Take(used).Select(k => XlsxCellFacts.Column(k) ?? 0).Where(c => c > 0)];
            }

            if (used > 0 || problem is not null)
            {
                yield return (row, texts[..used], problem);
            }
        }
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };
}
