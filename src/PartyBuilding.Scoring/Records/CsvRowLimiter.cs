using System.Text;

namespace PartyBuilding.Scoring.Records;

// Sits between a CSV file and CsvHelper and keeps rows that are far too long away from it: CsvHelper stops for good at a
// row longer than about twice its MaxRecordSize, so such a row would make the whole file unreadable. Rows are found
// quote-aware (a newline inside a quoted field does not end the row). A row whose bytes pass SkipAbove is not held: its
// bytes are counted and dropped as they arrive, CsvHelper is given one empty line per line of the row instead (so its line
// numbers stay right and it skips them as blank lines), and the row is queued as Oversized for the reader to reject
// (PBR121). Memory holds at most one row of SkipAbove bytes. A file that ends inside a quoted field (of any row) has an
// unclosed quote: nothing can tell where its next row would have started, so the file is refused, naming the line.
internal sealed class CsvRowLimiter(Stream inner, long skipAbove) : Stream
{
    private const int IdPrefixBytes = 4096;
    private readonly byte[] chunk = new byte[1 << 16];
    private readonly MemoryStream row = new();
    private readonly Queue<Oversized> oversized = new();
    private byte[] output = [];
    private int outputOffset;
    private int outputCount;
    private bool inQuotes;
    private bool fieldStart = true;
    private bool quoteClosed;
    private bool crBeforeNewline;
    private byte previous;
    private bool skipping;
    private bool ended;
    private bool header = true;
    private int line = 1;
    private int rowLine = 1;
    private int rowNewlines;
    private int rowsBefore;
    private bool rowHasContent;
    private long skippedBytes;
    private byte[] idPrefix = [];

    // The lines of rows whose bytes are not UTF-8 (every line such a row spans): a U+FFFD in a cell is taken for bad
    // bytes only there, so a genuine U+FFFD in a UTF-8 file is read as text. Null for UTF-16 (a byte order mark): not checked.
    private HashSet<int>? notUtf8Lines = [];
    private bool begun;

    // True when the row on this line may hold bytes that were decoded to U+FFFD.
    public bool MayHoldBadBytes(int line) => notUtf8Lines is null || notUtf8Lines.Contains(line);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    // Rows dropped so far, in file order: the line each starts on, its size in bytes and the first bytes (for its id).
    public bool TryTakeOversized(int beforeLine, out Oversized row)
    {
        if (oversized.TryPeek(out row!) && row.Line < beforeLine)
        {
            oversized.Dequeue();
            return true;
        }

        return false;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (outputCount == 0 && !ended)
        {
            Fill();
        }

        var n = Math.Min(count, outputCount);
        Array.Copy(output, outputOffset, buffer, offset, n);
        outputOffset += n;
        outputCount -= n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The caller owns the file.
            row.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Fill()
    {
        var passed = new MemoryStream();
        var read = inner.Read(chunk, 0, chunk.Length);
        if (read == 0)
        {
            ended = true;
            if (inQuotes)
            {
                // A truncated file (or a stray quote) would otherwise hand CsvHelper one short row made of every line
                // after the quote, and the rows in it would be lost without a word.
                throw new InvalidDataException(UnclosedQuote(rowLine, rowsBefore));
            }

            if (skipping)
            {
                EndSkippedRow(passed);
            }
            else
            {
                CheckUtf8();
                row.WriteTo(passed);
                row.SetLength(0);
            }

            SetOutput(passed);
            return;
        }

        if (!begun)
        {
            begun = true;
            notUtf8Lines = chunk.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || chunk.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? null : notUtf8Lines;
        }

        for (var i = 0; i < read; i++)
        {
            var b = chunk[i];
            if (skipping)
            {
                skippedBytes++;
            }
            else
            {
                row.WriteByte(b);
            }

            // As CSV reads quotes: one opens a quoted field only at the start of a field (or right after the quote that
            // closed it: an escaped ""), and a newline ends the row only outside quotes.
            var opensQuote = b == (byte)'"' && !inQuotes && (fieldStart || quoteClosed);
            quoteClosed = b == (byte)'"' && inQuotes;
            fieldStart = b == (byte)',' && !inQuotes;
            if (opensQuote || quoteClosed)
            {
                inQuotes = opensQuote;
            }
            else if (b == (byte)'\n' && !inQuotes)
            {
                fieldStart = true;
            }

            if (b == (byte)'\n')
            {
                crBeforeNewline = previous == (byte)'\r';
                previous = b;
                line++;
                rowNewlines++;
                if (!inQuotes)
                {
                    // Rows after the header that hold anything are records (an oversized one too: it is rejected).
                    rowsBefore += !header && (rowHasContent || skipping) ? 1 : 0;
                    rowHasContent = false;
                    if (skipping)
                    {
                        EndSkippedRow(passed);
                    }
                    else
                    {
                        CheckUtf8();
                        row.WriteTo(passed);
                        row.SetLength(0);
                    }

                    header = false;
                    rowLine = line;
                    rowNewlines = 0;
                    continue;
                }
            }

            previous = b;
            rowHasContent |= b != (byte)'\r';
            if (!skipping && row.Length > skipAbove)
            {
                if (header)
                {
                    throw new InvalidDataException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"The records file cannot be read: its header row is longer than {skipAbove} bytes (an unclosed quote?). Nothing was scored."));
                }

                // Only the start is kept, for the id; the rest of the row is counted and dropped.
                skipping = true;
                skippedBytes = row.Length;
                idPrefix = row.GetBuffer().AsSpan(0, (int)Math.Min(row.Length, IdPrefixBytes)).ToArray();
                row.SetLength(0);
            }
        }

        SetOutput(passed);
    }

    private static string UnclosedQuote(int line, int readBefore) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"The records file cannot be read from line {line}: a quoted field opened on that row is never closed (an unclosed quote, or a truncated file), so where the next row starts cannot be known. Records read before it: {readBefore}. Nothing was scored: a damaged file must be fixed, not half read.");

    private void CheckUtf8()
    {
        if (notUtf8Lines is not null && !System.Text.Unicode.Utf8.IsValid(row.GetBuffer().AsSpan(0, (int)row.Length)))
        {
            for (var at = rowLine; at < rowLine + Math.Max(1, rowNewlines); at++)
            {
                notUtf8Lines.Add(at);
            }
        }
    }

    private void EndSkippedRow(MemoryStream passed)
    {
        // The row's own line ending (\n or \r\n) is not part of its size.
        var size = skippedBytes - (rowNewlines > 0 && !ended ? (crBeforeNewline ? 2 : 1) : 0);
        oversized.Enqueue(new Oversized(rowLine, size, idPrefix));
        for (var i = 0; i < rowNewlines; i++)
        {
            passed.WriteByte((byte)'\n');
        }

        skipping = false;
        skippedBytes = 0;
        idPrefix = [];
    }

    private void SetOutput(MemoryStream passed)
    {
        output = passed.GetBuffer();
        outputOffset = 0;
        outputCount = (int)passed.Length;
    }

    // A row too long to read: its first line, its size in bytes (line ending excluded) and its first bytes.
    internal sealed record Oversized(int Line, long Size, byte[] Start)
    {
        // The cell at index in the row's first bytes, read as CSV; null when the row is cut before that cell ends.
        public string? Cell(int index)
        {
            var text = Encoding.UTF8.GetString(Start);
            var cell = new StringBuilder();
            var (field, quoted, i) = (0, false, 0);
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        cell.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c is ',' or '\r' or '\n')
                {
                    if (field == index)
                    {
                        return cell.ToString();
                    }

                    if (c != ',')
                    {
                        return null;
                    }

                    field++;
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            return null;
        }
    }
}
