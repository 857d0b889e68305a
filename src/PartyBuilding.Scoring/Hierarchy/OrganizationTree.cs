using System.Globalization;
using System.Text.Json;

namespace PartyBuilding.Scoring.Hierarchy;

/// <summary>
/// The organizations above the scored records (working committee → party committees / general branches), given as data
/// beside a batch. With a tree, a record's parent must be a record of the batch or an organization of the tree
/// (else PBR102), roll-ups reach up to every ancestor, and groups are shown with their names. Immutable.
/// </summary>
public sealed class OrganizationTree
{
    private readonly Dictionary<string, OrganizationNode> nodes;

    /// <summary>Creates a tree; every parent must be in the tree (or null) and the parent links must not form a cycle.</summary>
    /// <param name="nodes">The organizations.</param>
    /// <exception cref="InvalidDataException">Duplicate ids, a parent that is not in the tree, or a cycle; every problem is listed.</exception>
    public OrganizationTree(IEnumerable<OrganizationNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        this.nodes = new Dictionary<string, OrganizationNode>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var node in nodes)
        {
            if (!this.nodes.TryAdd(node.Id, node))
            {
                problems.Add($"the id \"{node.Id}\" is used twice.");
            }
        }

        foreach (var node in this.nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            if (node.Parent is { } parent && !this.nodes.ContainsKey(parent))
            {
                problems.Add($"the parent \"{parent}\" of \"{node.Id}\" is not in the tree.");
            }
            else if (ParentCycle.Find(node.Id, id => this.nodes.GetValueOrDefault(id)?.Parent) is { } cycle)
            {
                problems.Add($"the parent chain of \"{node.Id}\" returns to itself ({string.Join(" → ", cycle)}).");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("The organization tree is not valid: " + string.Join(" ", problems));
        }

        Nodes = [.. this.nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal)];
    }

    /// <summary>The organizations, ordered by id.</summary>
    public IReadOnlyList<OrganizationNode> Nodes { get; }

    /// <summary>Finds an organization.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>The organization, or null.</returns>
    public OrganizationNode? Find(string id) => nodes.GetValueOrDefault(id);

    /// <summary>Reads a tree from a JSON array <c>[{ "id", "name", "type", "parent" }]</c> or a CSV file with the columns <c>id,name,type,parent</c>.</summary>
    /// <param name="path">The file (.json or .csv).</param>
    /// <returns>The tree.</returns>
    /// <exception cref="InvalidDataException">The file cannot be read as a tree.</exception>
    public static OrganizationTree ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        try
        {
            return new OrganizationTree(Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(stream) : ReadJson(stream));
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: not valid JSON at line {(ex.LineNumber ?? 0) + 1}: {Rules.JsonSourceMap.DescribeJsonError(ex)}"), ex);
        }
    }

    private static List<OrganizationNode> ReadJson(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("an organization tree is a JSON array [ { \"id\", \"name\", \"type\", \"parent\" } ].");
        }

        return
        [
            .. document.RootElement.EnumerateArray().Select((e, i) => new OrganizationNode(
                Text(e, "id") ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"organization {i + 1} has no \"id\" text.")),
                Text(e, "name"), Text(e, "type"), Text(e, "parent"))),
        ];
    }

    private static List<OrganizationNode> ReadCsv(Stream stream)
    {
        var nodes = new List<OrganizationNode>();
        using var csv = CsvHelper.CsvReader.Create(stream, new CsvHelper.CsvReaderOptions { HasHeader = true, TrackLineNumbers = true }, true);
        while (csv.Read())
        {
            List<string> headers = [.. csv.Headers ?? []];
            string? Cell(string name) => headers.IndexOf(name) is var i and >= 0 && i < csv.FieldCount && csv.GetString(i) is { Length: > 0 } s ? s : null;
            nodes.Add(new OrganizationNode(
                Cell("id") ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"the row on line {csv.LineNumber} has no id.")),
                Cell("name"), Cell("type"), Cell("parent")));
        }

        return nodes;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
