namespace PartyBuilding.Scoring.Records;

// The column titles a CSV or Excel header may use for the record fields (记录字段表头). This is the readers' header
// vocabulary, not a scoring rule: staff keep Chinese column titles in their sheets, so each field accepts its English
// name and a small fixed set of Chinese titles (documented under "Records" in docs/rule-file-format.md).
internal static class RecordFieldHeaders
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["id"] = "id",
        ["编号"] = "id",
        ["组织编号"] = "id",
        ["name"] = "name",
        ["名称"] = "name",
        ["组织名称"] = "name",
        ["type"] = "type",
        ["类型"] = "type",
        ["组织类型"] = "type",
        ["parent"] = "parent",
        ["上级"] = "parent",
        ["上级组织"] = "parent",
        ["上级组织编号"] = "parent",
    };

    // The record field a (trimmed) header title names, or null.
    public static string? Field(string title) => Fields.TryGetValue(title, out var field) ? field : null;
}
