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

    public string Format(string? value, decimal points, decimal max, decimal deducted)
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
                "points" => DecimalText.Format(points),
                "max" => DecimalText.Format(max),
                "deducted" => DecimalText.Format(deducted),
                _ => null,
            });
        }

        return builder.ToString();
    }
}
