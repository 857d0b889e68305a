using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

// A plain-text table with a header and a rule line, columns padded by display width (Chinese counts two);
// the columns listed in `right` (numbers) line up on the right.
internal static class TextTable
{
    public static void Append(StringBuilder text, string[] header, int[] right, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        var widths = header.Select((h, i) => list.Select(row => TextWidth.Of(row[i])).Append(TextWidth.Of(h)).Max()).ToArray();
        AppendRow(text, header, widths, right);
        AppendRow(text, [.. widths.Select(w => new string('-', w))], widths, right);
        foreach (var row in list)
        {
            AppendRow(text, row, widths, right);
        }
    }

    // The first two lines of every batch report: which rule set (id, version, short hash) and what was read.
    public static void AppendHeader(StringBuilder text, RuleSet ruleSet, int read, int scored, int rejected)
    {
        text.Append(CultureInfo.InvariantCulture, $"{ruleSet.Title} — {ruleSet.Identity.Id} {ruleSet.Identity.Version} (sha256 {ruleSet.Identity.Sha256[..12]})\n");
        text.Append(CultureInfo.InvariantCulture, $"Read {read}, scored {scored}, rejected {rejected}\n\n");
    }

    // "Rejected:" and one rejection a line (id, line, code, reason); nothing when there are none.
    public static void AppendRejections(StringBuilder text, string title, IReadOnlyList<RecordRejection> rejections)
    {
        if (rejections.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(title).Append(":\n");
        foreach (var rejection in rejections)
        {
            text.Append("  ").Append(rejection).Append('\n');
        }
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths, int[] right)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(right.Contains(i) ? TextWidth.PadLeft(cells[i], widths[i]) : TextWidth.PadRight(cells[i], widths[i]));
            line.Append("  ");
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
