namespace PartyBuilding.Scoring;

// A rule-file message with {value}, {points}, {max} and {deducted} placeholders, split once at load.
internal sealed class MessageTemplate
{
    private readonly (string Text, string? Placeholder)[] parts;

    public MessageTemplate(string message)
    {
        var list = new List<(string, string?)>();
        var last = 0;
        foreach (System.Text.RegularExpressions.Match match in Rules.RuleFileVocabulary.Placeholder().Matches(message))
        {
            list.Add((message[last..match.Index], match.Groups[1].Value));
            last = match.Index + match.Length;
        }

        list.Add((message[last..], null));
        parts = [.. list];
    }

    // Numbers in messages are for people: at most `decimals` places (the trace keeps the exact points). Written straight into
    // one stack buffer: the only allocation is the message itself.
    public string Format(string? value, decimal points, decimal max, decimal deducted, int decimals)
    {
        if (parts.Length == 1)
        {
            return parts[0].Text;
        }

        var builder = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(
            0, parts.Length, System.Globalization.CultureInfo.InvariantCulture, stackalloc char[256]);
        foreach (var (text, placeholder) in parts)
        {
            builder.AppendLiteral(text);
            switch (placeholder)
            {
                case "value":
                    builder.AppendFormatted(value);
                    break;
                case "points":
                    builder.AppendFormatted(Display(points, decimals));
                    break;
                case "max":
                    builder.AppendFormatted(Display(max, decimals));
                    break;
                case "deducted":
                    builder.AppendFormatted(Display(deducted, decimals));
                    break;
            }
        }

        return builder.ToStringAndClear();
    }

    // What DecimalText.Format writes, without making a string of it.
    private static decimal Display(decimal value, int decimals) =>
        DecimalText.Normalize(decimal.Round(value, decimals, MidpointRounding.AwayFromZero));
}
