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

    // Numbers in messages are for people: at most `decimals` places (the trace keeps the exact points).
    public string Format(string? value, decimal points, decimal max, decimal deducted, int decimals)
    {
        if (parts.Length == 1)
        {
            return parts[0].Text;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var (text, placeholder) in parts)
        {
            builder.Append(text);
            builder.Append(placeholder switch
            {
                "value" => value,
                "points" => Display(points, decimals),
                "max" => Display(max, decimals),
                "deducted" => Display(deducted, decimals),
                _ => null,
            });
        }

        return builder.ToString();
    }

    private static string Display(decimal value, int decimals) =>
        DecimalText.Format(decimal.Round(value, decimals, MidpointRounding.AwayFromZero));
}
