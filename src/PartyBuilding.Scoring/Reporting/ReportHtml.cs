using System.Globalization;
using System.Text;

namespace PartyBuilding.Scoring.Reporting;

// A self-contained HTML page: inline CSS, tables, the chart as inline SVG. No scripts, no external resources.
internal static class ReportHtml
{
    private const int BarHeight = 24;
    private const int BarGap = 8;
    private const int LabelWidth = 120;
    private const int BarArea = 360;

    public static string Write(ReportDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Escape(document.Title)).Append("</title>\n");
        html.Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #999;padding:2px 8px}td.n{text-align:right}dt{font-weight:bold}</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Escape(document.Title)).Append("</h1>\n<dl>\n");
        foreach (var field in document.Fields)
        {
            html.Append("<dt>").Append(Escape(field.Title)).Append("</dt><dd>").Append(Escape(field.Value)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
        if (document.Chart is { } chart)
        {
            Chart(html, chart);
        }

        foreach (var table in document.Tables)
        {
            html.Append("<h2>").Append(Escape(table.Title)).Append("</h2>\n");
            if (table.Rows.Count == 0)
            {
                html.Append("<p>(none)</p>\n");
                continue;
            }

            html.Append("<table id=\"").Append(Escape(table.Id)).Append("\">\n<tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th>").Append(Escape(column.Title)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    html.Append(table.Columns[i].Numeric ? "<td class=\"n\">" : "<td>").Append(Escape(row[i])).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Chart(StringBuilder html, ReportChart chart)
    {
        var values = chart.Bars.Select(b => decimal.TryParse(b.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? Math.Max(v, 0m) : 0m).ToList();
        var max = values.Count == 0 ? 0m : values.Max();
        var height = (chart.Bars.Count * (BarHeight + BarGap)) + BarGap;
        var width = LabelWidth + BarArea + 60;
        html.Append("<h2>").Append(Escape(chart.Title)).Append("</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Escape(chart.Title)}\">\n");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var y = BarGap + (i * (BarHeight + BarGap));
            var length = max == 0m ? 0 : (int)Math.Round(values[i] / max * BarArea, MidpointRounding.AwayFromZero);
            var textY = y + (BarHeight * 2 / 3);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{textY}\">{Escape(chart.Bars[i].Title)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"#c00\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{textY}\">{Escape(chart.Bars[i].Value)}</text>\n");
        }

        html.Append("</svg>\n");
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
