using System.Globalization;

namespace PartyBuilding.Scoring.Records;

// Ids that more than one item of a data file uses. A copy that could not be read still holds its id, so it makes the
// other copies duplicates too, and its rejection becomes a duplicate rejection that keeps its own reason.
internal sealed class DuplicateIds
{
    private readonly Dictionary<string, List<int?>> lines;

    private DuplicateIds(Dictionary<string, List<int?>> lines) => this.lines = lines;

    public static DuplicateIds Find<T>(IEnumerable<T> valid, Func<T, string> id, Func<T, int?> line, IEnumerable<RecordRejection> unreadable)
    {
        var all = valid.Select(v => (Id: id(v), Line: line(v)))
            .Concat(unreadable.Where(r => r.Id is not null).Select(r => (Id: r.Id!, r.Line)))
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Line).ToList(), StringComparer.Ordinal);
        return new DuplicateIds(all);
    }

    public bool Contains(string id) => lines.ContainsKey(id);

    // How many items use the id (only for ids that are duplicates).
    public int CountOf(string id) => lines[id].Count;

    // The known lines of the items that use the id, ascending, as "3, 7".
    public string LinesOf(string id) =>
        string.Join(", ", lines[id].OfType<int>().Order().Select(l => l.ToString(CultureInfo.InvariantCulture)));

    // The read rejections, with those of a duplicate id turned into duplicate rejections (code, message) that keep their own reason.
    public IEnumerable<RecordRejection> Reclassify(IEnumerable<RecordRejection> unreadable, string code, Func<string, string> message) =>
        unreadable.Select(r => r.Id is { } id && Contains(id)
            ? new RecordRejection(id, r.Line, code, message(id) + AlsoOwnReason(r))
            : r);

    public static string AlsoOwnReason(RecordRejection own) => $" This record is also rejected on its own ({own.Code}): {own.Reason}";
}
