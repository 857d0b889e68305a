using System.Text.RegularExpressions;

namespace PartyBuilding.Scoring.Rules;

// Which parts of a rule file read or fill an input, for the checks that an input the library fills is read by
// something (otherwise the filled value would silently change nothing) and is filled from one place only.
internal static class InputReaders
{
    // True when a criterion (by its input or its expression) or a veto condition reads the input.
    public static bool IsRead(RuleFileDocument doc, string id)
    {
        var word = new Regex($@"(?<![A-Za-z0-9_]){Regex.Escape(id)}(?![A-Za-z0-9_])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return (doc.Areas ?? []).SelectMany(a => a?.Criteria ?? []).Any(c => c?.Input == id || (c?.Expression is { } e && word.IsMatch(e)))
            || (doc.Vetoes ?? []).Any(v => v?.When is { } w && word.IsMatch(w));
    }

    // What fills the input from outside the record: a component, a peer input or a child input; null when nothing does.
    public static string? FilledBy(RuleFileDocument doc, string id) =>
        (doc.Components ?? []).Any(c => c?.Input == id) ? $"the component \"{doc.Components!.First(c => c?.Input == id)!.Id}\""
        : (doc.Peers ?? []).Any(p => p?.Input == id) ? "a peer input"
        : (doc.ChildInputs ?? []).Any(c => c?.Input == id) ? "a child input"
        : null;
}
