using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Records;

// Reads a JSON array of records from a stream one record at a time: Utf8JsonReader over a buffer that holds at
// most the current record (plus one read chunk), refilled from the stream, so memory does not grow with the file.
internal sealed class JsonRecordStream(Stream stream, Func<JsonElement, int, RecordReadResult> toRecord)
{
    private const int ChunkSize = 64 * 1024;
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 };

    private byte[] buffer = new byte[ChunkSize];
    private int start;
    private int length;
    private bool final;
    private JsonReaderState state = new(Options);
    private int line = 1;
    private int scanned;
    private bool begun;
    private bool ended;

    public IEnumerable<RecordReadResult> Read()
    {
        var batch = new List<RecordReadResult>();
        while (!ended)
        {
            Fill();
            var progressed = ReadAvailable(batch);
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
                if (!reader.TrySkip())
                {
                    reader = checkpoint;
                    break;
                }

                var recordLine = LineAt(start + (int)element.TokenStartIndex);
                using (var document = JsonDocument.ParseValue(ref element))
                {
                    batch.Add(toRecord(document.RootElement, recordLine));
                }

                progressed = true;
                Commit(ref reader);
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"The records file is not valid JSON at line {(ex.LineNumber ?? 0) + 1}: {JsonSourceMap.DescribeJsonError(ex)} Nothing was scored: a damaged file must be fixed, not half read."), ex);
        }

        return progressed;
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
