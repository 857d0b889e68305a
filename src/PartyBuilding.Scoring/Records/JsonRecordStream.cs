using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Records;

// Reads a JSON array of records from a stream one record at a time: Utf8JsonReader over a buffer that holds at
// most the current record (plus one read chunk), refilled from the stream, so memory does not grow with the file.
// A record larger than the limit is not buffered: its bytes are scanned and dropped as they arrive (PBR120). A record that
// holds NaN or Infinity (not JSON, but written by common exporters for a missing number) or bytes that are not UTF-8 is
// rejected on its own and the records after it are read; any other damage refuses the file, naming the line and the
// number of records read before it.
internal sealed class JsonRecordStream(Stream stream, Func<JsonElement, int, RecordReadResult> toRecord, int maxRecordBytes)
{
    private const int ChunkSize = 64 * 1024;
    private static readonly JsonReaderOptions Options = RecordReader.DataJsonOptions;

    // The records read from the buffer and not yet handed out.
    private readonly List<RecordReadResult> batch = [];

    private byte[] buffer = new byte[ChunkSize];
    private int start;
    private int length;
    private bool final;
    private JsonReaderState state = new(Options);
    private int line = 1;
    private int scanned;
    private bool begun;
    private bool ended;

    // Records handed out so far; with those in `batch`, the records read (named when the file turns out damaged).
    private int yielded;
    private int skippedLines;

    // A record to be skipped unread (too large, or holding NaN/Infinity): where it starts in the buffer and its rejection
    // given its size in bytes.
    private (int Start, Func<long, RecordReadResult> Reject)? skip;

    public IEnumerable<RecordReadResult> Read()
    {
        while (!ended)
        {
            Fill();
            var progressed = ReadAvailable(batch);
            if (skip is { } record)
            {
                skip = null;
                batch.Add(record.Reject(SkipRecord(record.Start)));
                progressed = true;
            }

            foreach (var item in batch)
            {
                yield return item;
            }

            yielded += batch.Count;
            batch.Clear();
            if (!progressed && final && !ended)
            {
                throw Truncated();
            }
        }
    }

    // Moves unread bytes to the front, grows the buffer when one record is larger than it, reads more.
    private void Fill()
    {
        if (final)
        {
            return;
        }

        if (start > 0)
        {
            CountLines(start);
            Buffer.BlockCopy(buffer, start, buffer, 0, length - start);
            length -= start;
            scanned -= start;
            start = 0;
        }

        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, length, buffer.Length - length);
        length += read;
        final = read == 0;
    }

    private bool ReadAvailable(List<RecordReadResult> batch)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
        var progressed = false;
        try
        {
            if (!begun)
            {
                if (!SkipByteOrderMark())
                {
                    return false;
                }

                reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
                if (final && buffer.AsSpan(start, length - start).Trim(" \t\r\n"u8).IsEmpty)
                {
                    throw new InvalidDataException(RecordReader.EmptyFile("it holds no JSON array of records"));
                }

                if (!reader.Read())
                {
                    return false;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new InvalidDataException("The records file must hold a JSON array of records: [ { \"id\": … }, … ].");
                }

                begun = true;
                progressed = true;
                Commit(ref reader);
            }

            while (true)
            {
                var checkpoint = reader;
                bool more;
                try
                {
                    more = reader.Read();
                }
                catch (JsonException) when (NotANumberIn(ItemStart()) is { } at)
                {
                    if (at == CutByTheBuffer)
                    {
                        reader = checkpoint;
                        break;
                    }

                    // The array's item itself is NaN or Infinity.
                    SkipNotANumber(checkpoint.CurrentState, at, at);
                    return true;
                }

                if (!more)
                {
                    reader = checkpoint;
                    break;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Commit(ref reader);
                    ended = true;
                    progressed = true;
                    CheckNothingFollows();
                    break;
                }

                var element = reader;
                var recordStart = start + (int)element.TokenStartIndex;
                bool complete;
                try
                {
                    complete = reader.TrySkip();
                }
                catch (JsonException) when (NotANumberIn(recordStart) is { } at)
                {
                    if (at == CutByTheBuffer)
                    {
                        reader = checkpoint;
                        break;
                    }

                    SkipNotANumber(checkpoint.CurrentState, recordStart, at);
                    return true;
                }

                if (!complete)
                {
                    if (length - recordStart > maxRecordBytes)
                    {
                        // Too large to buffer: drop what was read of it, keep the reader's state from before it.
                        var (line, id) = (LineAt(recordStart), IdOf(buffer.AsSpan(recordStart, length - recordStart)));
                        skip = (recordStart, size => TooLarge(id, line, size));
                        state = ValueSkippedState(checkpoint.CurrentState, buffer.AsSpan(start, recordStart - start));
                        return true;
                    }

                    reader = checkpoint;
                    break;
                }

                var recordLine = LineAt(recordStart);
                var size = start + (int)reader.BytesConsumed - recordStart;
                var bytes = buffer.AsSpan(recordStart, size);
                if (size > maxRecordBytes)
                {
                    batch.Add(TooLarge(IdOf(bytes), recordLine, size));
                }
                else if (!System.Text.Unicode.Utf8.IsValid(bytes))
                {
                    batch.Add(NotUtf8(bytes, recordLine));
                }
                else if (JsonLoneSurrogates.Find(bytes) is { } half)
                {
                    batch.Add(HalfCharacter(bytes, recordLine, half));
                }
                else
                {
                    using var document = JsonDocument.ParseValue(ref element);
                    batch.Add(toRecord(document.RootElement, recordLine));
                }

                progressed = true;
                Commit(ref reader);
            }
        }
        catch (JsonException ex)
        {
            throw final && IsCutShort() ? Truncated() : Damaged(ex);
        }

        return progressed;
    }

    // True when what is left of the file is the start of valid JSON that breaks off: the file is truncated, not damaged.
    private bool IsCutShort()
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), false, state);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // NotANumberIn's answer when the buffer ends inside what may be NaN, Infinity or -Infinity: more must be read to know.
    private const int CutByTheBuffer = -1;

    // The offset of a NaN, Infinity or -Infinity (Python's json, pandas and JavaScript write them for a missing or invalid
    // number) in the record starting at recordStart, when that is where its JSON first goes wrong; null for other damage;
    // CutByTheBuffer when the buffer ends inside the start of such a token (the JSON reader fails on its first letter).
    private int? NotANumberIn(int recordStart)
    {
        var (depth, inString, escaped) = (0, false, false);
        for (var i = recordStart; i < length; i++)
        {
            var b = buffer[i];
            if (inString)
            {
                (escaped, inString) = (!escaped && b == (byte)'\\', escaped || b != (byte)'"');
                continue;
            }

            if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']' && --depth <= 0)
            {
                return null;
            }
            else if (b is (byte)'N' or (byte)'I' or (byte)'-')
            {
                var rest = buffer.AsSpan(i, length - i);
                if (rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8) || rest.StartsWith("-Infinity"u8))
                {
                    return IsValidStart(buffer.AsSpan(recordStart, i - recordStart)) ? i : null;
                }

                if (!final && ("NaN"u8.StartsWith(rest) || "Infinity"u8.StartsWith(rest) || "-Infinity"u8.StartsWith(rest)))
                {
                    return IsValidStart(buffer.AsSpan(recordStart, i - recordStart)) ? CutByTheBuffer : null;
                }

                if (b != (byte)'-')
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static bool IsValidStart(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, false, new JsonReaderState(Options));
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Where the next item of the array starts: after whitespace and the separating comma.
    private int ItemStart()
    {
        var i = start;
        while (i < length && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',')
        {
            i++;
        }

        return i;
    }

    // Rejects the record holding a NaN or Infinity and goes on after it: the JSON around it is intact, so its end is found
    // as for a record over the size limit.
    private void SkipNotANumber(JsonReaderState before, int recordStart, int at)
    {
        var line = LineAt(recordStart);
        var id = IdOf(buffer.AsSpan(recordStart, at - recordStart));
        var valueLine = line + buffer.AsSpan(recordStart, at - recordStart).Count((byte)'\n');
        var token = buffer.AsSpan(at, length - at) is var rest && rest.StartsWith("NaN"u8) ? "NaN" : rest.StartsWith("-"u8) ? "-Infinity" : "Infinity";
        var name = PropertyBefore(at);
        var what = name is null ? $"the value {token} on line {valueLine}" : $"the value of \"{name}\" on line {valueLine}, {token},";
        skip = (recordStart, _ => RecordReadResult.Rejected(new RecordRejection(id, line, RecordRejectionCodes.WrongType, string.Create(CultureInfo.InvariantCulture,
            $"{what} is not a number: JSON has no NaN or Infinity (the program that wrote the file puts them for a missing or invalid number); give a number, or leave the value out."))));
        state = ValueSkippedState(before, buffer.AsSpan(start, recordStart - start));
    }

    // The property name written just before offset ("name": …), or null.
    private string? PropertyBefore(int offset)
    {
        var i = offset - 1;
        while (i > start && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i--;
        }

        if (i <= start || buffer[i] != (byte)':')
        {
            return null;
        }

        i--;
        while (i > start && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i--;
        }

        if (i <= start || buffer[i] != (byte)'"')
        {
            return null;
        }

        var end = i;
        for (i--; i >= start; i--)
        {
            if (buffer[i] == (byte)'"' && (i == start || buffer[i - 1] != (byte)'\\'))
            {
                var name = buffer.AsSpan(i + 1, end - i - 1);
                return name.Length <= 64 && System.Text.Unicode.Utf8.IsValid(name) ? System.Text.Encoding.UTF8.GetString(name) : null;
            }
        }

        return null;
    }

    // A record whose bytes are not UTF-8 (GBK or Latin-1 text pasted into a UTF-8 file) is rejected naming the line of
    // the first bad byte; its text cannot be read without guessing.
    private static RecordReadResult NotUtf8(ReadOnlySpan<byte> bytes, int recordLine)
    {
        var line = recordLine + bytes[..RecordReader.FirstInvalidUtf8(bytes)].Count((byte)'\n');
        return RecordReadResult.Rejected(new RecordRejection(IdOf(bytes), recordLine, RecordRejectionCodes.NotUtf8, string.Create(CultureInfo.InvariantCulture,
            $"the record holds bytes that are not UTF-8 text on line {line} (text saved as GBK, ANSI or Latin-1 and pasted into a UTF-8 file?); it is not scored: enter the text again in a UTF-8 file.")));
    }

    // A record whose text holds an escape of half a character (\udc00) is rejected naming the line and the property.
    private static RecordReadResult HalfCharacter(ReadOnlySpan<byte> bytes, int recordLine, (int Offset, string? Property) half)
    {
        var line = recordLine + bytes[..half.Offset].Count((byte)'\n');
        var what = JsonLoneSurrogates.TextOf(half.Property);
        return RecordReadResult.Rejected(new RecordRejection(IdOf(bytes), recordLine, RecordRejectionCodes.NotUtf8, string.Create(CultureInfo.InvariantCulture,
            $"{what} on line {line} holds {JsonLoneSurrogates.Why}; the record is not scored: enter the text again in a UTF-8 file.")));
    }

    // The reader's line count misses the lines of records skipped unread (their state is rebuilt without them): add them back.
    private InvalidDataException Damaged(JsonException ex) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"The records file is not valid JSON at line {(ex.LineNumber ?? 0) + 1 + skippedLines}: {JsonSourceMap.DescribeJsonError(ex)} {ReadBefore()} Nothing was scored: a damaged file must be fixed, not half read."), ex);

    private string ReadBefore() => string.Create(CultureInfo.InvariantCulture, $"Records read before it: {yielded + batch.Count}.");

    // A UTF-8 byte order mark (EF BB BF, as Notepad and Excel write it) before the array is skipped; false while
    // fewer than three bytes have arrived and more may come.
    private bool SkipByteOrderMark()
    {
        var head = buffer.AsSpan(start, length - start);
        if (head.Length < 3 && !final)
        {
            return false;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (head.Length >= 2 && (head[0] == 0 || head[1] == 0)))
        {
            // JSON exchanged between programs is UTF-8 (RFC 8259); guessing another encoding could misread every name.
            throw new InvalidDataException(
                "The records file is UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark or zero bytes). Nothing was scored: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).");
        }

        if (head.StartsWith("\uFEFF"u8))
        {
            start += 3;
            scanned = Math.Max(scanned, start);
        }

        return true;
    }

    // Scans the rest of a record byte by byte (strings and nesting only, nothing kept), refilling the buffer and dropping
    // what was scanned, then goes on after it; returns its size in bytes.
    private long SkipRecord(int recordStart)
    {
        var depth = 0;
        var inString = false;
        var escaped = false;
        long size = 0;
        var i = recordStart;
        var first = true;
        while (true)
        {
            if (i >= length)
            {
                if (final)
                {
                    throw Truncated();
                }

                size += i - recordStart;
                start = i;
                Fill();
                i = recordStart = start;
                continue;
            }

            var b = buffer[i++];
            if (b == (byte)'\n')
            {
                skippedLines++;
            }

            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    escaped = true;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                continue;
            }

            if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                depth--;
                if (depth == 0)
                {
                    break;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (first && depth == 0)
            {
                // A huge number or literal: it ends where the array's next separator starts.
                while (i < length && buffer[i] is not ((byte)',' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
                {
                    i++;
                }

                break;
            }

            first = false;
        }

        size += i - recordStart;
        start = i;
        return size;
    }

    private RecordReadResult TooLarge(string? id, int recordLine, long size) =>
        RecordReadResult.Rejected(new RecordRejection(id, recordLine, RecordRejectionCodes.RecordTooLarge, string.Create(CultureInfo.InvariantCulture,
            $"the record is {size} bytes, more than the limit of {maxRecordBytes} bytes per record; it is neither read nor scored, and the records after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes).")));

    // The reader's state after a value of the array, built from the state before it: the separator bytes that came
    // before the value (whitespace and the comma) followed by an empty string stand in for the skipped value.
    private static JsonReaderState ValueSkippedState(JsonReaderState before, ReadOnlySpan<byte> separator)
    {
        var stand = new byte[separator.Length + 2];
        separator.CopyTo(stand);
        stand[^2] = (byte)'"';
        stand[^1] = (byte)'"';
        var reader = new Utf8JsonReader(stand, false, before);
        reader.Read();
        return reader.CurrentState;
    }

    // The record's "id" when it is a top-level text property within the bytes seen; null otherwise.
    private static string? IdOf(ReadOnlySpan<byte> partial)
    {
        var reader = new Utf8JsonReader(partial, false, new JsonReaderState(Options));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    // An id whose bytes are not UTF-8 cannot be named.
                    return reader.TokenType == JsonTokenType.String && (reader.ValueIsEscaped || System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)) ? reader.GetString() : null;
                }

                if (!reader.TrySkip())
                {
                    return null;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }

        return null;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
        reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
    }

    private void CheckNothingFollows()
    {
        // Only whitespace may follow the array; anything else means two documents or a damaged file.
        for (var i = start; i < length || !final; i++)
        {
            if (i >= length)
            {
                Fill();
                i = start - 1;
                continue;
            }

            if (buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"The records file is not valid JSON at line {LineAt(i)}: something follows the closing ']' of the array. Nothing was scored: a damaged file must be fixed, not half read."));
            }
        }
    }

    private InvalidDataException Truncated() =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"The records file is not valid JSON at line {LineAt(length)}: the file ends before its array is closed (is it truncated?). {ReadBefore()} Nothing was scored: a damaged file must be fixed, not half read."));

    // Lines are counted once, as the scan position moves forward through the buffer.
    private int LineAt(int offset)
    {
        CountLines(offset);
        return line;
    }

    private void CountLines(int offset)
    {
        for (; scanned < offset && scanned < length; scanned++)
        {
            if (buffer[scanned] == (byte)'\n')
            {
                line++;
            }
        }
    }
}
