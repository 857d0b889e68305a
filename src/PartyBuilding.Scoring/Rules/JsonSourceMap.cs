using System.Text;
using System.Text.Json;

namespace PartyBuilding.Scoring.Rules;

// Where each value of a rule file starts (line and column by JSON path), found with one pass of
// Utf8JsonReader. The same pass finds duplicate property names, which System.Text.Json would
// otherwise resolve silently by keeping the last one.
internal sealed class JsonSourceMap
{
    // Byte offsets only; lines and columns are worked out when an error needs them.
    private readonly Dictionary<string, int> offsets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> nameOffsets = new(StringComparer.Ordinal);
    private readonly int[] lineStarts;
    private readonly byte[] utf8;

    private JsonSourceMap(byte[] utf8)
    {
        this.utf8 = utf8;
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    // `kind` names the files in the message about comments and trailing commas ("Rule files", "Review files", …).
    public static JsonSourceMap Build(byte[] utf8, string file, List<RuleFileError> errors, string kind = "Rule files")
    {
        var map = new JsonSourceMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = 64,
        });
        var stack = new Stack<Container>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                var offset = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var container = stack.Peek();
                        pendingName = ReadText(ref reader, offset, map, file, errors, container.Path);
                        if (pendingName is null)
                        {
                            return map;
                        }

                        map.nameOffsets.TryAdd(Child(container.Path, pendingName), offset);
                        if (!container.Keys!.Add(pendingName))
                        {
                            var (line, column) = map.Position(offset);
                            errors.Add(new RuleFileError(
                                file, Child(container.Path, pendingName), line, column, RuleFileErrorCodes.DuplicateProperty,
                                $"The property \"{pendingName}\" appears twice in the same object; keep only one (JSON readers would silently keep the last)."));
                        }

                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        var path = NextPath(stack, pendingName);
                        map.offsets.TryAdd(path, offset);
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            stack.Push(new Container(path, false, new HashSet<string>(StringComparer.Ordinal)));
                        }
                        else if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            stack.Push(new Container(path, true, null));
                        }

                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = map.ColumnOfByte(line, (int)(ex.BytePositionInLine ?? 0));
            errors.Add(new RuleFileError(
                file, stack.Count > 0 ? stack.Peek().Path : "$", line, column, RuleFileErrorCodes.InvalidJson,
                "The file is not valid JSON here: " + DescribeJsonError(ex)
                + $" {kind} do not allow comments or trailing commas."));
        }

        return map;
    }

    // The decoded text of a string token, or null (with the error added) when its bytes are not UTF-8 (a file saved
    // as GBK) or an escape stands for half a character (\ud800): System.Text.Json throws InvalidOperationException there.
    public static string? ReadText(ref Utf8JsonReader reader, int offset, JsonSourceMap map, string file, List<RuleFileError> errors, string path)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var (line, column) = map.Position(offset);
            errors.Add(System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)
                ? new RuleFileError(file, path, line, column, RuleFileErrorCodes.InvalidJson,
                    "This text holds an escape such as \\ud800 that stands for half a character; write the whole character.")
                : new RuleFileError(file, path, line, column, RuleFileErrorCodes.NotUtf8,
                    "This text is not UTF-8 (the file may have been saved as GBK or another encoding); save the file as UTF-8."));
            return null;
        }
    }

    // Where the property name of the value at the path is written (for errors about the name itself).
    public (int Line, int Column) FindName(string jsonPath) =>
        nameOffsets.TryGetValue(jsonPath, out var offset) ? Position(offset) : Find(jsonPath);

    public (int Line, int Column) Find(string jsonPath)
    {
        // A missing property has no position of its own: point at the object that should hold it.
        var path = jsonPath;
        while (true)
        {
            if (offsets.TryGetValue(path, out var offset))
            {
                return Position(offset);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return offsets.TryGetValue("$", out var root) ? Position(root) : (1, 1);
            }

            path = path[..cut];
        }
    }

    // Where the character at charIndex of the decoded string value at the path stands in the file:
    // escapes such as \" or \u4E00 take more columns in the file than the one character they stand for.
    public (int Line, int Column) PositionInString(string jsonPath, int charIndex)
    {
        if (!offsets.TryGetValue(jsonPath, out var offset) || offset >= utf8.Length || utf8[offset] != (byte)'"')
        {
            return Find(jsonPath);
        }

        var raw = offset + 1;
        for (var decoded = 0; decoded < charIndex && raw < utf8.Length && utf8[raw] != (byte)'"'; decoded++)
        {
            raw += utf8[raw] == (byte)'\\' ? (raw + 1 < utf8.Length && utf8[raw + 1] == (byte)'u' ? 6 : 2) : Utf8Length(utf8[raw]);
        }

        return Position(raw);
    }

    private static int Utf8Length(byte lead) => lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;

    // Every value written as a JSON string, decoded, with its path (for checks over all the text of a file).
    // A value that cannot be decoded is left out, with its error added.
    public List<(string Path, string Text)> StringValues(string file, List<RuleFileError> errors)
    {
        var values = new List<(string Path, string Text)>();
        foreach (var (path, offset) in offsets)
        {
            if (offset < utf8.Length && utf8[offset] == (byte)'"')
            {
                var reader = new Utf8JsonReader(utf8.AsSpan(offset));
                reader.Read();
                if (ReadText(ref reader, offset, this, file, errors, path) is { } text)
                {
                    values.Add((path, text));
                }
            }
        }

        return values;
    }

    // True when the value at the path is written as a JSON number.
    public bool IsNumberAt(string jsonPath) =>
        offsets.TryGetValue(jsonPath, out var offset) && offset < utf8.Length && (utf8[offset] == (byte)'-' || char.IsAsciiDigit((char)utf8[offset]));

    // The number as written at the path (e.g. "99999999999" or "1e-30"), or null when no number is written there.
    public string? NumberTextAt(string jsonPath)
    {
        if (!IsNumberAt(jsonPath))
        {
            return null;
        }

        var start = offsets[jsonPath];
        var end = start;
        while (end < utf8.Length && (char.IsAsciiDigit((char)utf8[end]) || utf8[end] is (byte)'-' or (byte)'+' or (byte)'.' or (byte)'e' or (byte)'E'))
        {
            end++;
        }

        return Encoding.ASCII.GetString(utf8, start, end - start);
    }

    public (int Line, int Column) Position(int byteOffset)
    {
        var index = Array.BinarySearch(lineStarts, byteOffset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        var start = lineStarts[lineIndex];
        return (lineIndex + 1, Encoding.UTF8.GetCharCount(utf8, start, byteOffset - start) + 1);
    }

    public static string Child(string parent, string name) =>
        IsPlainName(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private int ColumnOfByte(int line, int bytePositionInLine)
    {
        if (line - 1 >= lineStarts.Length)
        {
            return bytePositionInLine + 1;
        }

        var start = lineStarts[line - 1];
        var count = Math.Min(bytePositionInLine, utf8.Length - start);
        return Encoding.UTF8.GetCharCount(utf8, start, Math.Max(count, 0)) + 1;
    }

    private static string NextPath(Stack<Container> stack, string? pendingName)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        var container = stack.Peek();
        return container.IsArray ? $"{container.Path}[{container.NextIndex++}]" : Child(container.Path, pendingName!);
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_' || name[0] == '$')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$');

    // System.Text.Json's reason for a syntax error, in words for the person who edits the file.
    public static string DescribeJsonError(JsonException ex)
    {
        var message = ex.Message;
        // System.Text.Json appends its own location (ours is in the error already) and advice meant for programmers.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim();
        var sentences = text.Split(". ", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Contains("reader options", StringComparison.OrdinalIgnoreCase) && !s.Contains("JsonReaderOptions", StringComparison.Ordinal));
        var result = string.Join(". ", sentences).TrimEnd('.');
        return result + ".";
    }

    private sealed class Container(string path, bool isArray, HashSet<string>? keys)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public HashSet<string>? Keys { get; } = keys;
        public int NextIndex { get; set; }
    }
}
