using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as Markdown, CSV, HTML or JSON. Deterministic: the same document gives the same
/// text, lines end with \n, nothing depends on the culture or the clock.
/// </summary>
public static class ReportWriter
{
    // A streamed JSON document is handed to its stream whenever this much is pending.
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text, ending with a line break.</returns>
    public static string Write(ReportDocument document, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(document);
        return format switch
        {
            ReportFormat.Markdown => Markdown(document),
            ReportFormat.Csv => Csv(document),
            ReportFormat.Html => ReportHtml.Write(document),
            ReportFormat.Json => Json(document),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>
    /// Writes a document to a stream as UTF-8: the same bytes as <see cref="Write(ReportDocument, ReportFormat)"/>. JSON is
    /// written row by row and never held whole, so a bulletin of millions of organizations (whose rows are built as they
    /// are read) needs memory for one row; the other formats are built as text first.
    /// </summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="document">The document.</param>
    /// <param name="format">The format.</param>
    public static void Write(Stream output, ReportDocument document, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        if (format != ReportFormat.Json)
        {
            output.Write(Encoding.UTF8.GetBytes(Write(document, format)));
            return;
        }

        JsonValues.ToStream(output, writer => Json(writer, document));
        output.WriteByte((byte)'\n');
    }

    private static string Markdown(ReportDocument document)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownCell(document.Title)).Append("\n\n");
        foreach (var field in document.Fields)
        {
            text.Append("- ").Append(MarkdownCell(field.Title)).Append(": ").Append(MarkdownCell(field.Value)).Append('\n');
        }

        foreach (var table in document.Tables)
        {
            text.Append("\n## ").Append(MarkdownCell(table.Title)).Append("\n\n");
            if (table.Rows.Count == 0)
            {
                text.Append("(none)\n");
                continue;
            }

            text.Append("| ").AppendJoin(" | ", table.Columns.Select(c => MarkdownCell(c.Title))).Append(" |\n");
            text.Append('|').AppendJoin('|', table.Columns.Select(c => c.Numeric ? "---:" : "---")).Append("|\n");
            foreach (var row in table.Rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(MarkdownCell)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    // Names and reasons are data: nothing in them may end a table cell, start code, or become HTML when the Markdown is
    // rendered. Backslash, pipe and backtick are escaped with a backslash; &, < and > become character references.
    private static string MarkdownCell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Csv(ReportDocument document)
    {
        var text = new StringBuilder();
        CsvLine(text, ["field", "title", "value"]);
        CsvLine(text, ["report", "report", document.Title]);
        foreach (var field in document.Fields)
        {
            CsvLine(text, [field.Id, field.Title, field.Value]);
        }

        foreach (var table in document.Tables)
        {
            text.Append('\n');
            CsvLine(text, [table.Id, table.Title]);
            CsvLine(text, [.. table.Columns.Select(c => c.Id)]);
            foreach (var row in table.Rows)
            {
                CsvLine(text, row);
            }
        }

        return text.ToString();
    }

    private static void CsvLine(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))))
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append('\n');
    }

    private static string Json(ReportDocument document) => JsonValues.ToText(writer => Json(writer, document)) + "\n";

    private static void Json(Utf8JsonWriter writer, ReportDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("report", document.Id);
        writer.WriteString("title", document.Title);
        writer.WriteStartObject("fields");
        foreach (var field in document.Fields)
        {
            writer.WriteString(field.Id, field.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("tables");
        foreach (var table in document.Tables)
        {
            writer.WriteStartArray(table.Id);
            foreach (var row in table.Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var column = table.Columns[i];
                    if (row[i].Length == 0)
                    {
                        writer.WriteNull(column.Id);
                    }
                    else if (column.Numeric)
                    {
                        writer.WriteNumber(column.Id, decimal.Parse(row[i], NumberStyles.Number, CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        writer.WriteString(column.Id, row[i]);
                    }
                }

                writer.WriteEndObject();
                if (writer.BytesPending > FlushBytes)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
