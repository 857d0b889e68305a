using System.Globalization;
using MiniExcelLibs;

namespace PartyBuilding.Scoring.Records;

// The first worksheet of an .xlsx file as rows of invariant text, so Excel input goes through the same column
// mapping and cell parsing as CSV. Excel stores numbers as doubles; the shortest round-trip text of a double is
// what the cell showed (4.5, 94.4), so nothing is lost for the values staff type.
internal static class XlsxRows
{
    public static IEnumerable<(int Row, string[] Cells)> Read(Stream stream)
    {
        var row = 0;
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            row++;
            var texts = cells.Values.Select(Text).ToArray();
            var used = Array.FindLastIndex(texts, t => t.Length > 0) + 1;
            if (used > 0)
            {
                yield return (row, texts[..used]);
            }
        }
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
