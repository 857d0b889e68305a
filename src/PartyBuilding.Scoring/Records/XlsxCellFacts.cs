using System.IO.Compression;
using System.Xml;

namespace PartyBuilding.Scoring.Records;

// Two facts about the first worksheet that MiniExcel's values cannot tell apart from an empty cell, read from the
// sheet XML itself: formula cells with no saved (cached) value (<c><f>…</f></c> without <v>, as openpyxl, EPPlus and
// web exporters write them unless Excel recalculates), and merged ranges (<mergeCell ref="D5:D6"/>), whose cells other
// than the top-left one are stored empty. Both would otherwise read as blank and silently take the input's default.
internal sealed class XlsxCellFacts
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly HashSet<(int Row, int Column)> formulasWithoutValue = [];
    private readonly List<(int Top, int Left, int Bottom, int Right, string Ref)> merges = [];

    private XlsxCellFacts()
    {
    }

    public static XlsxCellFacts Read(Stream workbook)
    {
        var start = workbook.Position;
        try
        {
            return Read(new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true));
        }
        finally
        {
            workbook.Position = start;
        }
    }

    private static XlsxCellFacts Read(ZipArchive archive)
    {
        var facts = new XlsxCellFacts();
        using var zip = archive;
        if (FirstSheetPath(zip) is not { } path || zip.GetEntry(path) is not { } sheet)
        {
            return facts;
        }

        using var reader = XmlReader.Create(sheet.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Main)
            {
                continue;
            }

            if (reader.LocalName == "c" && reader.GetAttribute("r") is { } cell && !reader.IsEmptyElement)
            {
                facts.ReadCell(reader.ReadSubtree(), cell, textResult: reader.GetAttribute("t") == "str");
            }
            else if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } range
                && range.Split(':') is [var from, var to] && Parse(from) is { } topLeft && Parse(to) is { } bottomRight)
            {
                facts.merges.Add((topLeft.Row, topLeft.Column, bottomRight.Row, bottomRight.Column, range));
            }
        }

        return facts;
    }

    // Why the cell at (row, column) cannot be read, or null when its value is what MiniExcel read.
    public string? Problem(int row, int column, bool includeMerges)
    {
        var name = Name(row, column);
        if (formulasWithoutValue.Contains((row, column)))
        {
            return $"cell {name} holds a formula with no saved value; open and save the workbook in Excel, or enter the value.";
        }

        foreach (var (top, left, bottom, right, range) in includeMerges ? merges : [])
        {
            if (row >= top && row <= bottom && column >= left && column <= right && (row, column) != (top, left))
            {
                return $"cell {name} is inside the merged range {range}, whose value is stored only in its top-left cell {Name(top, left)}; unmerge the range and enter the value in every row.";
            }
        }

        return null;
    }

    // An empty <v/> (openpyxl writes one for every formula) is no saved value, except for a formula whose saved
    // result is text (t="str"): there an empty <v/> is the empty text the formula gave.
    private void ReadCell(XmlReader cell, string name, bool textResult)
    {
        using (cell)
        {
            bool formula = false, value = false, inValue = false;
            while (cell.Read())
            {
                switch (cell.NodeType)
                {
                    case XmlNodeType.Element when cell.NamespaceURI == Main:
                        formula |= cell.LocalName == "f";
                        value |= cell.LocalName == "is";
                        value |= textResult && cell.LocalName == "v";
                        inValue = cell.LocalName == "v" && !cell.IsEmptyElement;
                        break;
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace when inValue:
                        value |= cell.Value.Length > 0;
                        break;
                    case XmlNodeType.EndElement:
                        inValue = false;
                        break;
                }
            }

            if (formula && !value && Parse(name) is { } at)
            {
                formulasWithoutValue.Add(at);
            }
        }
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        var workbook = Load(zip, "xl/workbook.xml");
        var relations = Load(zip, "xl/_rels/workbook.xml.rels");
        if (workbook?.GetElementsByTagName("sheet", Main) is not [XmlElement first, ..] || relations is null)
        {
            return null;
        }

        var id = first.GetAttribute("id", Relationships);
        foreach (XmlElement relation in relations.GetElementsByTagName("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships"))
        {
            if (relation.GetAttribute("Id") == id)
            {
                var target = relation.GetAttribute("Target");
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return null;
    }

    private static XmlDocument? Load(ZipArchive zip, string path)
    {
        if (zip.GetEntry(path) is not { } entry)
        {
            return null;
        }

        var document = new XmlDocument { XmlResolver = null };
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        document.Load(reader);
        return document;
    }

    // "AB" → 28; null when the text is not a column name.
    public static int? Column(string letters) => Parse(letters + "1")?.Column;

    // "AB12" → (12, 28); columns and rows count from 1.
    private static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row)
            ? (row, column)
            : null;
    }

    private static string Name(int row, int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
