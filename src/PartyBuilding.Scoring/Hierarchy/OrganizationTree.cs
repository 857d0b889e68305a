using System.Globalization;
using System.Text.Json;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Hierarchy;

/// <summary>
/// The organizations above the scored records (working committee → party committees / general branches), given as data
/// beside a batch. With a tree, a record's parent must be a record of the batch or an organization of the tree
/// (else PBR102), roll-ups reach up to every ancestor, and groups are shown with their names. Immutable.
/// </summary>
public sealed class OrganizationTree
{
    private static readonly string[] Fields = ["id", "name", "type", "parent"];

    private readonly Dictionary<string, OrganizationNode> nodes;

    /// <summary>Creates a tree; every parent must be in the tree (or null) and the parent links must not form a cycle.</summary>
    /// <param name="nodes">The organizations.</param>
    /// <exception cref="InvalidDataException">Duplicate ids, a parent that is not in the tree, or a cycle; every problem is listed.</exception>
    public OrganizationTree(IEnumerable<OrganizationNode> nodes)
        : this([.. (nodes ?? throw new ArgumentNullException(nameof(nodes))).Select(n => (n, (int?)null))], [])
    {
    }

    // nodes: each with the line it was read from (null when built in code); problems: what reading already found.
    private OrganizationTree(List<(OrganizationNode Node, int? Line)> nodes, List<(int? Line, string Text)> problems)
    {
        this.nodes = new Dictionary<string, OrganizationNode>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (node, line) in nodes)
        {
            if (this.nodes.TryAdd(node.Id, node))
            {
                lines[node.Id] = line;
            }
            else
            {
                problems.Add((line, lines[node.Id] is { } first
                    ? string.Create(CultureInfo.InvariantCulture, $"the id \"{node.Id}\" is used twice (first on line {first}).")
                    : $"the id \"{node.Id}\" is used twice."));
            }
        }

        foreach (var node in this.nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            if (node.Parent is { } parent && !this.nodes.ContainsKey(parent))
            {
                problems.Add((lines[node.Id], $"the parent \"{parent}\" of \"{node.Id}\" is not in the tree."));
            }
            else if (ParentCycle.Find(node.Id, id => this.nodes.GetValueOrDefault(id)?.Parent) is { } cycle)
            {
                problems.Add((lines[node.Id], $"the parent chain of \"{node.Id}\" returns to itself ({string.Join(" → ", cycle)})."));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("The organization tree is not valid. " + string.Join(" ", problems.OrderBy(p => p.Line ?? int.MaxValue).Select(p => p.Line is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"Line {line}: {p.Text}")
                : char.ToUpperInvariant(p.Text[0]) + p.Text[1..])));
        }

        Nodes = [.. this.nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal)];
    }

    /// <summary>The organizations, ordered by id.</summary>
    public IReadOnlyList<OrganizationNode> Nodes { get; }

    /// <summary>Finds an organization.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The organization, or null.</returns>
    public OrganizationNode? Find(string id) => nodes.GetValueOrDefault(id);

    /// <summary>
    /// Reads a tree from a JSON array <c>[{ "id", "name", "type", "parent" }]</c> or a CSV file with the columns <c>id,name,type,parent</c>.
    /// A field or column that is not one of these, a value that is not text, or an empty file is an error; every error names its line.
    /// </summary>
    /// <param name="path">The file (.json or .csv; a UTF-8 BOM is accepted).</param>
    /// <returns>The tree.</returns>
    /// <exception cref="InvalidDataException">The file cannot be read as a tree.</exception>
    public static OrganizationTree ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new List<(int? Line, string Text)>();
        var nodes = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path, problems) : ReadJson(path, problems);
        try
        {
            return new OrganizationTree(nodes, problems);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    private static List<(OrganizationNode, int?)> ReadJson(string path, List<(int? Line, string Text)> problems)
    {
        var nodes = new List<(OrganizationNode, int?)>();
        // Types and parents repeat across a national tree's hundreds of thousands of nodes: one string each.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? text) => text is null ? null : shared.TryGetValue(text, out var one) ? one : shared[text] = text;
        foreach (var (item, line) in JsonItemFile.Read(path, "organization tree"))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add((line, "an organization must be an object { \"id\", \"name\", \"type\", \"parent\" }."));
                continue;
            }

            var found = new List<string>();
            JsonItemFile.OnlyKnown(item, Fields, found);
            var id = JsonItemFile.Text(item, "id", found);
            var node = new OrganizationNode(id!, JsonItemFile.Text(item, "name", found), Shared(JsonItemFile.Text(item, "type", found)), Shared(JsonItemFile.Text(item, "parent", found)));
            if (id is null && found.Count == 0)
            {
                found.Add("the organization has no \"id\" text.");
            }

            problems.AddRange(found.Select(f => ((int?)line, f)));
            if (found.Count == 0)
            {
                nodes.Add((node, line));
            }
        }

        return nodes;
    }

    private static List<(OrganizationNode, int?)> ReadCsv(string path, List<(int? Line, string Text)> problems)
    {
        var nodes = new List<(OrganizationNode, int?)>();
        using var stream = File.OpenRead(path);
        using var csv = CsvHelper.CsvReader.Create(stream, new CsvHelper.CsvReaderOptions { HasHeader = true, TrackLineNumbers = true }, true);
        int[]? columns = null;
        while (csv.Read())
        {
            columns ??= CsvColumnsOf([.. csv.Headers ?? []], problems);
            string? Cell(int field) => columns[field] is var i and >= 0 && i < csv.FieldCount && csv.GetString(i) is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
            var line = (int)csv.LineNumber;
            if (Cell(0) is { } id)
            {
                nodes.Add((new OrganizationNode(id, Cell(1), Cell(2), Cell(3)), line));
            }
            else
            {
                problems.Add((line, "the row has no id."));
            }
        }

        if (columns is null)
        {
            CsvColumnsOf([.. csv.Headers ?? []], problems);
        }

        return nodes;
    }

    // The column of each field (id, name, type, parent; -1 when absent); a header with an unknown or repeated column,
    // or without an id column, is a problem on line 1.
    private static int[] CsvColumnsOf(string[] header, List<(int? Line, string Text)> problems)
    {
        if (header.All(string.IsNullOrWhiteSpace))
        {
            problems.Add((1, "the file is empty: it has no header row \"id,name,type,parent\"."));
            return [-1, -1, -1, -1];
        }

        // The record fields' Chinese column titles (RecordFieldHeaders) are accepted here too.
        var names = header.Select(h => h.Trim()).ToList();
        var fields = names.Select(RecordFieldHeaders.Field).ToList();
        var unknown = names.Where((_, i) => fields[i] is null).ToList();
        if (unknown.Count > 0)
        {
            problems.Add((1, $"the header has column(s) that are not tree fields: {RuleFileVocabulary.List(unknown)} (use {RuleFileVocabulary.List(Fields)})."));
        }

        foreach (var repeated in names.Where((_, i) => fields[i] is not null).GroupBy(n => RecordFieldHeaders.Field(n), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add((1, RepeatedColumn(repeated)));
        }

        if (!fields.Contains("id"))
        {
            problems.Add((1, "the header has no \"id\" column."));
        }

        return [.. Fields.Select(f => fields.IndexOf(f))];

        static string RepeatedColumn(IGrouping<string?, string> repeated) => repeated.Distinct(StringComparer.Ordinal).Count() == 1
            ? $"the column \"{repeated.First()}\" is given {repeated.Count()} times; give it once."
            : $"the columns {RuleFileVocabulary.List([.. repeated])} all give \"{repeated.Key}\"; give it once.";
    }
}
