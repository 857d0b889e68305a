using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Records;

// Reads a JSON array of records from a stream one record at a time: Utf8JsonReader over a buffer that holds at
// most the current record (plus one read chunk), refilled from the stream, so memory does not grow with the file.
// A record larger than the limit is not buffered: its bytes are scanned and dropped as they arrive (PBR120).
internal sealed class JsonRecordStream(Stream stream, Func<JsonElement, int, RecordReadResult> toRecord, int maxRecordBytes)
{
    private const int ChunkSize = 64 * 1024;
    private static readonly JsonReaderOptions Options = RecordReader.DataJsonOptions;

    private byte[] buffer = new byte[ChunkSize];
    private int start;
    private int length;
    private bool final;
    private JsonReaderState state = new(Options);
    private int line = 1;
    private int scanned;
    private bool begun;
    private bool ended;

    // A record found too large while still incomplete: where it starts in the buffer, its line and id (when seen).
    private (int Start, int Line, string? Id)? oversized;

    public IEnumerable<RecordReadResult> Read()
    {
        var batch = new List<RecordReadResult>();
        while (!ended)
        {
            Fill();
            var progressed = ReadAvailable(batch);
            if (oversized is { } record)
            {
                oversized = null;
                batch.Add(SkipOversized(record.Start, record.Line, record.Id));
                progressed = true;
            }
            foreach (var item in batch)
            {
                yield return item;
            }

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
                if (!reader.Read())
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
                if (!reader.TrySkip())
                {
                    if (length - recordStart > maxRecordBytes)
                    {
                        // Too large to buffer: drop what was read of it, keep the reader's state from before it.
                        oversized = (recordStart, LineAt(recordStart), IdOf(buffer.AsSpan(recordStart, length - recordStart)));
                        state = ValueSkippedState(checkpoint.CurrentState, buffer.AsSpan(start, recordStart - start));
                        return true;
                    }

                    reader = checkpoint;
                    break;
                }

                var recordLine = LineAt(recordStart);
                var size = start + (int)reader.BytesConsumed - recordStart;
                if (size > maxRecordBytes)
                {
                    batch.Add(TooLarge(IdOf(buffer.AsSpan(recordStart, size)), recordLine, size));
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
            throw RecordReader.DamagedJson("records", ex);
        }

        return progressed;
    }

    // A UTF-8 byte order mark (EF BB BF, as Notepad and Excel write it) before the array is skipped; false while
    // fewer than three bytes have arrived and more may come.
    private bool SkipByteOrderMark()
    {
        var head = buffer.AsSpan(start, length - start);
        if (head.Length < 3 && !final)
        {
            return false;
        }

        if (head.StartsWith("\uFEFF"u8))
        {
            start += 3;
            scanned = Math.Max(scanned, start);
        }

        return true;
    }

    // Scans the rest of a too-large record byte by byte (strings and nesting only, nothing kept), refilling the buffer
    // and dropping what was scanned, then goes on after it.
    private RecordReadResult SkipOversized(int recordStart, int recordLine, string? id)
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
        return TooLarge(id, recordLine, size);
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
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                if (!reader.TrySkip())
                {
                    return null;
                }
            }
        }
        catch (JsonException)
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
            $"The records file is not valid JSON at line {LineAt(length)}: the file ends before its array is closed (is it truncated?). Nothing was scored: a damaged file must be fixed, not half read."));

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
