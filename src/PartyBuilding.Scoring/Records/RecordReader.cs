using System.Globalization;
using System.Text.Json;
using CsvHelper;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Records;

/// <summary>
/// Reads organization records from JSON (an array of records) or CSV (one row per record, one column per input).
/// A damaged record becomes a <see cref="RecordReadResult"/> with its id, line and reason, and reading goes on;
/// a damaged file (truncated JSON, an unknown CSV column) is an <see cref="InvalidDataException"/>, never a silent partial read.
/// </summary>
public static class RecordReader
{
    private static readonly HashSet<string> RecordProperties = new(StringComparer.Ordinal) { "id", "name", "type", "parent", "values", "reviews" };

    /// <summary>Reads a file, choosing JSON, CSV or Excel by its extension (<c>.json</c>, <c>.csv</c> or <c>.xlsx</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="ruleSet">The rule set, needed to read CSV cells as the declared types.</param>
    /// <returns>The records read, in file order.</returns>
    /// <exception cref="InvalidDataException">The file as a whole cannot be read.</exception>
    public static IReadOnlyList<RecordReadResult> ReadFile(string path, RuleSet ruleSet)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        return [.. StreamFile(path, ruleSet)];
    }

    /// <summary>
    /// Streams a file, choosing JSON, CSV or Excel (.xlsx, read whole) by its extension: records are read one at a time as the result is enumerated,
    /// so memory does not grow with the file. The file is opened when enumeration starts and closed when it ends.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="ruleSet">The rule set, needed to read CSV cells as the declared types.</param>
    /// <returns>The records read, in file order, read lazily.</returns>
    /// <exception cref="InvalidDataException">While enumerating: the file as a whole cannot be read.</exception>
    public static IEnumerable<RecordReadResult> StreamFile(string path, RuleSet ruleSet) => StreamFile(path, ruleSet, RecordReadOptions.Default);

    /// <summary>Streams a file as <see cref="StreamFile(string, RuleSet)"/> does, with the given limits.</summary>
    /// <param name="path">The file.</param>
    /// <param name="ruleSet">The rule set, needed to read CSV cells as the declared types.</param>
    /// <param name="options">The limits, such as the largest record (<see cref="RecordReadOptions.MaxRecordBytes"/>).</param>
    /// <returns>The records read, in file order, read lazily; a record over the limit is a rejection (PBR120, PBR121).</returns>
    /// <exception cref="InvalidDataException">While enumerating: the file as a whole cannot be read.</exception>
    public static IEnumerable<RecordReadResult> StreamFile(string path, RuleSet ruleSet, RecordReadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(options);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".CSV" or ".JSON" or ".XLSX"))
        {
            throw new InvalidDataException($"{path}: records must be in a .json, .csv or .xlsx file, not \"{extension}\".");
        }

        return new ReopenableRecords(() => Open(path, ruleSet, extension, options));
    }

    /// <summary>Reads a JSON array of records: <c>[{ "id", "name", "type", "parent", "values": {…}, "reviews": {…} }]</c>.
    /// Streamed: records are read as the result is enumerated; the stream must stay open until then. The result is single-use
    /// (a second enumeration finds the stream consumed); <see cref="ScoringEngine.ScoreBatch(IEnumerable{RecordReadResult})"/> enumerates it exactly once,
    /// even for rule files with <c>peers</c> or <c>childInputs</c>.</summary>
    /// <param name="stream">UTF-8 JSON (a leading BOM is skipped).</param>
    /// <returns>The records read, in file order; a record with a repeated property or a non-text id, name, type or parent is a rejection (PBR011).</returns>
    /// <exception cref="InvalidDataException">The JSON is empty, not an array or broken (e.g. truncated).</exception>
    public static IEnumerable<RecordReadResult> ReadJson(Stream stream) => ReadJson(stream, RecordReadOptions.Default);

    /// <summary>Reads a JSON array of records as <see cref="ReadJson(Stream)"/> does, with the given limits.</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="options">The limits; a record over <see cref="RecordReadOptions.MaxRecordBytes"/> is skipped unread and rejected (PBR120).</param>
    /// <returns>The records read, in file order.</returns>
    /// <exception cref="InvalidDataException">The JSON is not an array or is broken (e.g. truncated).</exception>
    public static IEnumerable<RecordReadResult> ReadJson(Stream stream, RecordReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return new JsonRecordStream(stream, (element, line) => ToRecord(element, line), options.MaxRecordBytes).Read();
    }

    /// <summary>
    /// Reads one record from a JSON object shaped like an item of a records file, e.g. the body of an HTTP request.
    /// The result has no line: the object stands alone.
    /// </summary>
    /// <param name="element">The JSON object.</param>
    /// <returns>The record, or why it cannot be read (id, PBRnnn, reason).</returns>
    public static RecordReadResult ReadJsonRecord(JsonElement element)
    {
        // A JsonElement parsed from bytes that are not UTF-8, or holding an escape of half a character, fails only when its
        // text is read: its bytes are checked first, so any other failure is not mistaken for them.
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            return RecordReadResult.Rejected(new RecordRejection(null, null, RecordRejectionCodes.NotUtf8,
                "the record holds bytes that are not UTF-8 text (text saved as GBK, ANSI or Latin-1?); it is not scored: send it as UTF-8."));
        }

        if (JsonLoneSurrogates.Find(raw) is { } half)
        {
            var what = JsonLoneSurrogates.TextOf(half.Property);
            return RecordReadResult.Rejected(new RecordRejection(null, null, RecordRejectionCodes.NotUtf8,
                $"{what} holds {JsonLoneSurrogates.Why}; the record is not scored: send the text again as UTF-8."));
        }

        return ToRecord(element, null);
    }

    /// <summary>Reads CSV: a header of <c>id,name,type,parent</c>, input ids (or their titles), <c>reviews.&lt;source&gt;</c>
    /// and <c>reviews.&lt;source&gt;.&lt;input&gt;</c>; then one row per record. An empty cell is no value. Streamed and
    /// single-use, like <see cref="ReadJson(Stream)"/>.</summary>
    /// <param name="stream">UTF-8 CSV.</param>
    /// <param name="ruleSet">The rule set whose inputs give the columns their types.</param>
    /// <returns>The records read, in file order.</returns>
    /// <exception cref="InvalidDataException">The file is empty (no header), or the header names a column that is neither a record field nor a declared input or review, or two columns for the same value.</exception>
    public static IEnumerable<RecordReadResult> ReadCsv(Stream stream, RuleSet ruleSet) => ReadCsv(stream, ruleSet, RecordReadOptions.Default);

    /// <summary>Reads CSV as <see cref="ReadCsv(Stream, RuleSet)"/> does, with the given limits.</summary>
    /// <param name="stream">UTF-8 CSV.</param>
    /// <param name="ruleSet">The rule set whose inputs give the columns their types.</param>
    /// <param name="options">The limits; a row over <see cref="RecordReadOptions.MaxRecordBytes"/> is rejected (PBR121).</param>
    /// <returns>The records read, in file order.</returns>
    /// <exception cref="InvalidDataException">While enumerating: the header names an unknown column or is longer than twice the limit, or the file ends inside a quoted field opened by a row longer than twice the limit (an unclosed quote; the message names the row's line).</exception>
    public static IEnumerable<RecordReadResult> ReadCsv(Stream stream, RuleSet ruleSet, RecordReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(options);
        return ReadCsvRows(stream, ruleSet, options.MaxRecordBytes);
    }

    /// <summary>
    /// Reads the first worksheet of an Excel workbook (.xlsx, 表格): row 1 is the header, with the same columns as CSV
    /// (<c>id</c>, input ids or their titles, <c>reviews.&lt;source&gt;</c> …); each following row is a record. Empty rows are
    /// skipped; a rejection's line is the worksheet row number.
    /// </summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="ruleSet">The rule set whose inputs give the columns their types.</param>
    /// <returns>The records read, in row order.</returns>
    /// <exception cref="InvalidDataException">The workbook cannot be read, its first sheet has no header row, or its header names an unknown column or two columns for the same value.</exception>
    public static IReadOnlyList<RecordReadResult> ReadXlsx(Stream stream, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(ruleSet);
        List<(int Row, string[] Cells, string? Problem)> rows;
        try
        {
            rows = [.. XlsxRows.Read(stream)];
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new InvalidDataException($"The workbook cannot be read as .xlsx ({ex.Message}). Nothing was scored: save it from Excel as an .xlsx workbook.", ex);
        }

        if (rows.Count == 0 || rows[0].Cells.All(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException(EmptyFile("the first worksheet has no header row"));
        }

        var columns = CsvColumns.Map(rows[0].Cells, ruleSet, "Excel");
        var width = rows[0].Cells.Length;
        return [.. rows.Skip(1).Select(r => Unreadable(columns.ToRecord(r.Cells.Length < width ? [.. r.Cells, .. new string[width - r.Cells.Length].Select(_ => string.Empty)] : r.Cells, r.Row), r.Row, r.Problem))];
    }

    // A row with a cell whose value the workbook does not hold is rejected naming the cell: never read as empty.
    private static RecordReadResult Unreadable(RecordReadResult read, int row, string? problem) =>
        problem is null ? read : RecordReadResult.Rejected(new RecordRejection(read.Record?.Id ?? read.Rejection?.Id, row, RecordRejectionCodes.Malformed, problem));

    // The same words for an empty file in every format, so a truncated or empty upload reads the same everywhere.
    internal static string EmptyFile(string what) => EmptyFile("records", what, "scored");

    // The records wording for the other data files (history, organization tree, reviews …): noun names the file kind.
    internal static string EmptyFile(string noun, string what, string nothingWas) => $"The {noun} file is empty: {what} (is the upload truncated?). Nothing was {nothingWas}.";

    // The JSON reader settings of every data file read token by token: no comments, shallow nesting.
    internal static readonly JsonReaderOptions DataJsonOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 };

    // A data file whose JSON breaks off or is damaged is refused whole; its line comes from the JSON reader.
    internal static InvalidDataException DamagedJson(string noun, JsonException ex) => new(string.Create(CultureInfo.InvariantCulture,
        $"The {noun} file is not valid JSON at line {(ex.LineNumber ?? 0) + 1}: {JsonSourceMap.DescribeJsonError(ex)} Nothing was {NothingWas(noun)}: a damaged file must be fixed, not half read."), ex);

    private static string NothingWas(string noun) => noun == "records" ? "scored" : "computed";

    // A data file read whole (tree, history, reviews, inspections, problems) must be UTF-8 throughout: its names would
    // otherwise be garbled or fail deep inside the JSON reader. Records are checked one by one instead (PBR625).
    internal static void RequireUtf8(ReadOnlySpan<byte> utf8, string noun, string nothingWas)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            if (JsonLoneSurrogates.Find(utf8) is { } half)
            {
                var what = JsonLoneSurrogates.TextOf(half.Property);
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"The {noun} file cannot be read: {what} at line {utf8[..half.Offset].Count((byte)'\n') + 1} holds {JsonLoneSurrogates.Why}. Nothing was {nothingWas}: enter the text again and save the file as UTF-8."));
            }

            return;
        }

        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
            $"The {noun} file is not UTF-8 text at line {utf8[..FirstInvalidUtf8(utf8)].Count((byte)'\n') + 1} (saved as GBK, ANSI or Latin-1?). Nothing was {nothingWas}: save it as UTF-8."));
    }

    // Where the first byte that is not part of valid UTF-8 is (the length when there is none).
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var at = 0;
        while (at < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[at..], out _, out var used) == System.Buffers.OperationStatus.Done)
        {
            at += used;
        }

        return at;
    }

    // True when the UTF-8 bytes (after any BOM) hold nothing but JSON whitespace.
    internal static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static IEnumerable<RecordReadResult> Open(string path, RuleSet ruleSet, string extension, RecordReadOptions options)
    {
        using var stream = File.OpenRead(path);
        var items = extension switch
        {
            ".CSV" => ReadCsvRows(stream, ruleSet, options.MaxRecordBytes),
            ".XLSX" => ReadXlsx(stream, ruleSet),
            _ => ReadJson(stream, options),
        };
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (InvalidDataException ex)
            {
                // Name the file: a batch may read several (records, tree, carried results).
                throw new InvalidDataException($"{path}: {ex.Message}", ex);
            }

            yield return enumerator.Current;
        }
    }

    // A JSON array read item by item, each with the line it starts on; a damaged file fails as a whole.
    internal static List<T> ReadArray<T>(byte[] utf8, string noun, string notAnArray, Func<JsonElement, int, T> convert)
    {
        if (utf8 is [0xEF, 0xBB, 0xBF, ..])
        {
            // A UTF-8 byte order mark (Notepad, Excel) is accepted, as in every other file.
            utf8 = utf8[3..];
        }

        if (IsBlank(utf8))
        {
            throw new InvalidDataException(EmptyFile(noun, $"it holds no JSON array of {(noun == "history" ? "organizations" : noun)}", NothingWas(noun)));
        }

        RequireUtf8(utf8, noun, NothingWas(noun));
        var results = new List<T>();
        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, DataJsonOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new InvalidDataException(notAnArray);
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineOf((int)reader.TokenStartIndex);
                using var element = JsonDocument.ParseValue(ref reader);
                results.Add(convert(element.RootElement, line));
            }

            if (reader.TokenType != JsonTokenType.EndArray || reader.Read())
            {
                throw new InvalidDataException($"The {noun} file ends before its array is closed (is it truncated?).");
            }
        }
        catch (JsonException ex)
        {
            throw DamagedJson(noun, ex);
        }

        return results;
    }

    // defaultId: the id of a record that names none (a rule-file test's record takes the test's id).
    internal static RecordReadResult ToRecord(JsonElement element, int? line, string? defaultId = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Rejected(null, line, "a record must be a JSON object { \"id\": …, \"values\": { … } }.");
        }

        var hasId = element.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null;
        if (hasId && idElement.ValueKind != JsonValueKind.String)
        {
            return Rejected(null, line, $"the field \"id\" must be text, not {Kind(idElement)}.");
        }

        var id = hasId ? idElement.GetString() : defaultId;
        if (id is null)
        {
            return RecordReadResult.Rejected(new RecordRejection(null, line, RecordRejectionCodes.MissingId, "the record has no \"id\" text."));
        }

        var problems = new List<string>(JsonDuplicateProperties.Find(element, line));
        foreach (var property in element.EnumerateObject().Where(p => !RecordProperties.Contains(p.Name)))
        {
            problems.Add($"\"{property.Name}\" is not a record field (use {RuleFileVocabulary.List(RecordProperties)}).");
        }

        foreach (var field in (string[])["name", "type", "parent"])
        {
            if (element.TryGetProperty(field, out var text) && text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                problems.Add($"the field \"{field}\" must be text, not {Kind(text)}.");
            }
        }

        var values = ReadValues(element, "values", problems);
        var reviews = new Dictionary<string, ReviewInput>(StringComparer.Ordinal);
        if (element.TryGetProperty("reviews", out var reviewsElement) && reviewsElement.ValueKind != JsonValueKind.Null)
        {
            if (reviewsElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add("\"reviews\" must be an object { \"source\": score or { values } }.");
            }
            else
            {
                foreach (var review in reviewsElement.EnumerateObject())
                {
                    if (review.Value.ValueKind == JsonValueKind.Number && review.Value.TryGetDecimal(out var score))
                    {
                        reviews[review.Name] = ReviewInput.FromScore(score);
                    }
                    else if (review.Value.ValueKind == JsonValueKind.Object)
                    {
                        reviews[review.Name] = ReviewInput.FromValues(ReadValues(reviewsElement, review.Name, problems));
                    }
                    else
                    {
                        problems.Add($"review \"{review.Name}\" must be a score (a number) or an object of input values.");
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            return Rejected(id, line, string.Join(" ", problems));
        }

        return RecordReadResult.Read(new OrganizationRecord(id)
        {
            Name = Text(element, "name"),
            Type = Text(element, "type"),
            Parent = Text(element, "parent"),
            Values = values,
            Reviews = reviews,
            SourceLine = line,
        });
    }

    internal static Dictionary<string, InputValue> ReadValues(JsonElement parent, string name, List<string> problems)
    {
        var values = new Dictionary<string, InputValue>(StringComparer.Ordinal);
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return values;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"\"{name}\" must be an object of input values.");
            return values;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (InputConstraint.FromJson(property.Value) is { } value)
            {
                values[property.Name] = value;
            }
            else if (property.Value.ValueKind == JsonValueKind.Number)
            {
                problems.Add($"the value of \"{property.Name}\", {Clip(property.Value.GetRawText())}, is beyond the range of decimal numbers (at most 28–29 significant digits, ±79228162514264337593543950335).");
            }
            else
            {
                problems.Add($"the value of \"{property.Name}\" must be a number, true/false or text, not {Kind(property.Value)}.");
            }
        }

        return values;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    internal static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "true/false",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static RecordReadResult Rejected(string? id, int? line, string reason) =>
        RecordReadResult.Rejected(new RecordRejection(id, line, RecordRejectionCodes.Malformed, reason));

    private static IEnumerable<RecordReadResult> ReadCsvRows(Stream stream, RuleSet ruleSet, int maxRecordBytes)
    {
        // Rows up to twice the limit (plus room for quotes) reach CsvHelper and are measured by their cells; longer ones are
        // dropped unread by the limiter, as CsvHelper cannot go on after such a row. Both are rejected with PBR121.
        var skipAbove = 2L * maxRecordBytes + 16;
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MaxRecordSize = (int)Math.Min(int.MaxValue, 2 * skipAbove),
        };
        using var limiter = new CsvRowLimiter(stream, skipAbove);
        using var csv = CsvReader.Create(limiter, options, true);
        CsvColumns? columns = null;
        while (NextRow(csv))
        {
            columns ??= CsvColumns.Map([.. csv.Headers ?? []], ruleSet, mayHoldBadBytes: limiter.MayHoldBadBytes(1));
            var line = (int)csv.LineNumber;
            foreach (var skipped in Oversized(limiter, columns, line, maxRecordBytes))
            {
                yield return skipped;
            }

            var cells = new string[csv.FieldCount];
            var size = Math.Max(0, cells.Length - 1);
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
                size += System.Text.Encoding.UTF8.GetByteCount(cells[i]);
            }

            var item = columns.ToRecord(cells, line, limiter.MayHoldBadBytes(line));
            yield return size <= maxRecordBytes ? item : TooLarge(item.Record?.Id ?? item.Rejection?.Id, line, size, maxRecordBytes);
        }

        if (columns is null)
        {
            // No rows: the header alone must still be a valid one, and a file without a header is an error.
            string[] header = [.. csv.Headers ?? []];
            if (header.All(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException(EmptyFile("it has no header row"));
            }

            columns = CsvColumns.Map(header, ruleSet, mayHoldBadBytes: limiter.MayHoldBadBytes(1));
        }

        foreach (var skipped in Oversized(limiter, columns, int.MaxValue, maxRecordBytes))
        {
            yield return skipped;
        }
    }

    private static IEnumerable<RecordReadResult> Oversized(CsvRowLimiter limiter, CsvColumns columns, int beforeLine, int maxRecordBytes)
    {
        while (limiter.TryTakeOversized(beforeLine, out var row))
        {
            yield return TooLarge(row.Cell(columns.IdIndex) is { Length: > 0 } id ? id : null, row.Line, row.Size, maxRecordBytes);
        }
    }

    private static RecordReadResult TooLarge(string? id, int line, long size, int maxRecordBytes) => RecordReadResult.Rejected(new RecordRejection(
        id, line, RecordRejectionCodes.RowTooLarge, string.Create(CultureInfo.InvariantCulture,
        $"the row holds {size} bytes, more than the limit of {maxRecordBytes} bytes per record; it is not scored, and the rows after it are read (the limit is RecordReadOptions.MaxRecordBytes; pbscore --max-record-bytes).")));

    // The limiter keeps rows CsvHelper cannot read away from it, so a format error is a damaged row of another kind; the
    // limiter itself refuses a file that ends inside a quoted field.
    private static bool NextRow(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"The records file cannot be read after line {csv.LineNumber}: {ex.Message} Nothing was scored: a damaged file must be fixed, not half read."), ex);
        }
    }

    private sealed class LineIndex(byte[] utf8)
    {
        private int offset;
        private int line = 1;

        // Offsets only grow while reading, so counting newlines incrementally is enough.
        public int LineOf(int byteOffset)
        {
            for (; offset < byteOffset && offset < utf8.Length; offset++)
            {
                if (utf8[offset] == (byte)'\n')
                {
                    line++;
                }
            }

            return line;
        }
    }
}
