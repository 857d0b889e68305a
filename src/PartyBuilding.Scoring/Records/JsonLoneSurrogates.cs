using System.Text.Json;

namespace PartyBuilding.Scoring.Records;

// A \u escape of half a character, a lone surrogate such as "\udc00" (Python's json writes one for each byte of text
// decoded with surrogateescape, common for mis-encoded spreadsheets), is valid JSON in valid UTF-8 but stands for no
// text: System.Text.Json throws InvalidOperationException when the string is read. Data is checked for it before it is
// read, so the record or file is refused naming the line instead of the read failing deep inside.
internal static class JsonLoneSurrogates
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 };

    // The first string (a value or a property name) of the JSON holding such an escape: its offset and the name of the
    // property it is the value of (null for a name, or an item of an array); null when there is none, or when the JSON
    // itself is damaged there (the caller's reader reports that).
    public static (int Offset, string? Property)? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOf("\\u"u8) < 0)
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8, Options);
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !CanRead(ref reader))
                {
                    return ((int)reader.TokenStartIndex, reader.TokenType == JsonTokenType.String ? property : null);
                }

                property = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    // The words for what is wrong, after "holds" or "is": the same in every message.
    public const string Why = "an escape such as \\ud800 that stands for half a character (a program wrote text it could not decode this way)";

    // The text found: "the text of "name"", or "a text" when it is a property name or an item of an array.
    public static string TextOf(string? property) => property is null ? "a text" : $"the text of \"{property}\"";

    private static bool CanRead(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
