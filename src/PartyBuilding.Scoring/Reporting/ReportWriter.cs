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

    // A number cell as JSON: written as it stands when it is already in the form decimal formatting gives (digits, one
    // optional point with digits after it, no sign but a leading minus, no leading zero), otherwise parsed and written.
    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, string cell)
    {
        if (IsPlainNumber(cell))
        {
            Span<byte> utf8 = stackalloc byte[cell.Length];
            for (var i = 0; i < cell.Length; i++)
            {
                utf8[i] = (byte)cell[i];
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(utf8, skipInputValidation: true);
            return;
        }

        writer.WriteNumber(name, decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture));
    }

    // Exact in a decimal (at most 28 characters), and not a negative zero (which decimal formatting writes without its sign).
    private static bool IsPlainNumber(string cell)
    {
        var negative = cell[0] == '-';
        var digits = cell.AsSpan(negative ? 1 : 0);
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        return cell.Length <= 28 && whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9') && (whole.Length == 1 || whole[0] != '0')
            && (point < 0 || (fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9')))
            && !(negative && !digits.ContainsAnyExcept('0', '.'));
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
            // Property names are escaped once per table, not once per cell (a national ranking has millions of rows).
            var names = table.Columns.Select(c => JsonEncodedText.Encode(c.Id, JsonValues.Encoder)).ToArray();
            foreach (var row in table.Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < names.Length; i++)
                {
                    if (row[i].Length == 0)
                    {
                        writer.WriteNull(names[i]);
                    }
                    else if (table.Columns[i].Numeric)
                    {
                        WriteNumber(writer, names[i], row[i]);
                    }
                    else
                    {
                        writer.WriteString(names[i], row[i]);
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
