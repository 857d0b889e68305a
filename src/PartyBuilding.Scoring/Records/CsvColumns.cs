using System.Globalization;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Records;

// What each CSV (or Excel) column holds, worked out once from the header: a record field, an input of the record's
// own values, a review score, or an input of a review source's values. Input titles are accepted as aliases
// of ids, since staff keep the Chinese titles as headers; the record fields accept the Chinese titles of
// RecordFieldHeaders (an input id or title that happens to equal one of them stays the input).
internal sealed class CsvColumns
{
    private readonly Column[] columns;

    private CsvColumns(Column[] columns) => this.columns = columns;

    // The position of the "id" column (Map refuses a header without one).
    public int IdIndex => Array.FindIndex(columns, c => c.Field == "id");

    // mayHoldBadBytes: false when the bytes were checked and are UTF-8, so a U+FFFD is text written as such.
    public static CsvColumns Map(string[] header, RuleSet ruleSet, string format = "CSV", bool mayHoldBadBytes = true)
    {
        if (header.Any(h => h.Contains('\0', StringComparison.Ordinal)))
        {
            throw new InvalidDataException(
                $"The {format} header holds zero bytes: the file is UTF-16 text without a byte order mark. Nothing was scored: save it as UTF-8 (Excel: CSV UTF-8).");
        }

        if (mayHoldBadBytes && header.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            throw new InvalidDataException(
                $"The {format} header is not UTF-8 text (saved as GBK, ANSI or Latin-1?): {RuleFileVocabulary.List(header.Where(h => h.Contains('\uFFFD', StringComparison.Ordinal)))} cannot be read. Nothing was scored: save it as UTF-8 (Excel: CSV UTF-8).");
        }

        var inputs = new Dictionary<string, InputDefinition>(StringComparer.Ordinal);
        foreach (var input in ruleSet.Inputs)
        {
            inputs.TryAdd(input.Id, input);
        }

        foreach (var input in ruleSet.Inputs)
        {
            inputs.TryAdd(input.Title, input);
        }

        var unknown = new List<string>();
        var columns = new Column[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            columns[i] = name switch
            {
                "id" or "name" or "type" or "parent" => new Column(name, null, null),
                _ when inputs.TryGetValue(name, out var input) => new Column(null, null, input),
                _ when RecordFieldHeaders.Field(name) is { } field => new Column(field, null, null),
                _ when name.StartsWith("reviews.", StringComparison.Ordinal) => ReviewColumn(name["reviews.".Length..], ruleSet, inputs, unknown),
                _ => Unknown(name, unknown),
            };
        }

        var repeated = columns.Select((column, i) => (Column: column, Name: string.Create(CultureInfo.InvariantCulture, $"\"{header[i].Trim()}\" (column {i + 1})")))
            .Where(c => c.Column.Field is not null || c.Column.Input is not null || c.Column.Review is not null)
            .GroupBy(c => c.Column).Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(c => c.Name))} {(g.Count() == 2 ? "both" : "all")} give {Describe(g.Key)}").ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidDataException(
                $"The {format} header gives the same value in more than one column: {string.Join("; ", repeated)}. Every row would be ambiguous, so nothing was scored: keep one column for each field and input.");
        }

        if (unknown.Count > 0)
        {
            throw new InvalidDataException(
                $"The {format} header has column(s) that are not record fields, declared inputs or reviews of rule set \"{ruleSet.Identity.Id}\": {RuleFileVocabulary.List(unknown)}.");
        }

        if (!columns.Any(c => c.Field == "id"))
        {
            throw new InvalidDataException($"The {format} header has no \"id\" column (or 编号/组织编号).");
        }

        return new CsvColumns(columns);
    }

    public RecordReadResult ToRecord(string[] cells, int line, bool mayHoldBadBytes = true)
    {
        string? id = null;
        if (cells.Length != columns.Length)
        {
            for (var i = 0; i < Math.Min(cells.Length, columns.Length); i++)
            {
                id = columns[i].Field == "id" ? Blank(cells[i]) : id;
            }

            return RecordReadResult.Rejected(new RecordRejection(id, line, RecordRejectionCodes.Malformed,
                string.Create(CultureInfo.InvariantCulture, $"the row has {cells.Length} cells but the header has {columns.Length} columns.")));
        }

        if (mayHoldBadBytes && Array.FindIndex(cells, c => c.Contains('\uFFFD', StringComparison.Ordinal)) is var bad and >= 0)
        {
            // Bytes that are not UTF-8 were decoded as U+FFFD: scoring the row would publish a garbled name or misread a value.
            id = Array.FindIndex(columns, c => c.Field == "id") is var at and >= 0 && !cells[at].Contains('\uFFFD', StringComparison.Ordinal) ? Blank(cells[at]) : null;
            return RecordReadResult.Rejected(new RecordRejection(id, line, RecordRejectionCodes.NotUtf8, string.Create(CultureInfo.InvariantCulture,
                $"the cell of {Describe(columns[bad])} (column {bad + 1}) holds bytes that are not UTF-8 text (saved as GBK, ANSI or Latin-1 and pasted into a UTF-8 file?); the row is not scored: save the file as UTF-8 (Excel: CSV UTF-8).")));
        }

        string? name = null, type = null, parent = null;
        var values = new Dictionary<string, InputValue>(columns.Length, StringComparer.Ordinal);
        // Reviews and problems are rare in a large file: made only when a row has them.
        SortedDictionary<string, Dictionary<string, InputValue>>? reviewValues = null;
        Dictionary<string, ReviewInput>? reviews = null;
        List<(string Code, string Reason)>? problems = null;
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = Blank(cells[i]);
            var column = columns[i];
            switch (column.Field)
            {
                case "id": id = cell; continue;
                case "name": name = cell; continue;
                case "type": type = cell; continue;
                case "parent": parent = cell; continue;
            }

            if (cell is null)
            {
                continue;
            }

            if (column.Input is null)
            {
                if (ParseNumber(cell) is { } score)
                {
                    (reviews ??= new(StringComparer.Ordinal))[column.Review!] = ReviewInput.FromScore(score);
                }
                else
                {
                    (problems ??= []).Add((RecordRejectionCodes.WrongType, $"review \"{column.Review}\" must be a number, not \"{cell}\"."));
                }

                continue;
            }

            if (Convert(cell, column.Input) is not { } value)
            {
                (problems ??= []).Add((RecordRejectionCodes.WrongType, $"input \"{column.Input.Id}\" ({column.Input.Title}) cannot be \"{cell}\": {Expected(column.Input)} is expected."));
                continue;
            }

            reviewValues ??= column.Review is null ? null : new(StringComparer.Ordinal);
            var target = column.Review is null ? values : (reviewValues!.TryGetValue(column.Review, out var existing) ? existing : reviewValues[column.Review] = new(StringComparer.Ordinal));
            target[column.Input.Id] = value;
        }

        if (id is null)
        {
            return RecordReadResult.Rejected(new RecordRejection(null, line, RecordRejectionCodes.MissingId, "the row has no id."));
        }

        if (problems is not null)
        {
            return RecordReadResult.Rejected(new RecordRejection(id, line, problems[0].Code, string.Join(" ", problems.Select(p => p.Reason))));
        }

        foreach (var (review, reviewInputs) in reviewValues ?? [])
        {
            (reviews ??= new(StringComparer.Ordinal))[review] = ReviewInput.FromValues(reviewInputs);
        }

        return RecordReadResult.Read(new OrganizationRecord(id)
        {
            Name = name, Type = type, Parent = parent, Values = values, Reviews = reviews ?? new Dictionary<string, ReviewInput>(StringComparer.Ordinal), SourceLine = line,
        });
    }

    private static Column ReviewColumn(string rest, RuleSet ruleSet, Dictionary<string, InputDefinition> inputs, List<string> unknown)
    {
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var sourceId = dot < 0 ? rest : rest[..dot];
        var source = ruleSet.Reviews.FirstOrDefault(r => r.Id == sourceId);
        if (source is null)
        {
            return Unknown("reviews." + rest, unknown);
        }

        if (dot < 0)
        {
            return source.Supplies == ReviewSupply.Score ? new Column(null, source.Id, null) : Unknown("reviews." + rest, unknown);
        }

        return source.Supplies == ReviewSupply.Criteria && inputs.TryGetValue(rest[(dot + 1)..], out var input)
            ? new Column(null, source.Id, input)
            : Unknown("reviews." + rest, unknown);
    }

    private static string Describe(Column column) => column switch
    {
        { Field: { } field } => $"the record field \"{field}\"",
        { Review: { } review, Input: { } input } => $"input \"{input.Id}\" of review \"{review}\"",
        { Review: { } review } => $"the score of review \"{review}\"",
        _ => $"input \"{column.Input!.Id}\"",
    };

    private static Column Unknown(string name, List<string> unknown)
    {
        unknown.Add(name);
        return new Column(null, null, null);
    }

    private static InputValue? Convert(string cell, InputDefinition input) => input.Type switch
    {
        InputType.Number or InputType.Count => ParseNumber(cell) is { } number ? InputValue.FromNumber(number) : (InputValue?)null,
        InputType.Boolean => Boolean(cell),
        _ => InputValue.FromText(cell),
    };

    // true/false, 1/0, 是/否, yes/no in any case (compared without making an upper-case copy of every cell).
    private static InputValue? Boolean(string cell)
    {
        static bool Is(string cell, string word) => string.Equals(cell, word, StringComparison.OrdinalIgnoreCase)
            && string.Equals(cell.ToUpperInvariant(), word.ToUpperInvariant(), StringComparison.Ordinal);
        return cell is "true" or "1" or "是" || Is(cell, "true") || Is(cell, "yes") ? InputValue.FromBoolean(true)
            : cell is "false" or "0" or "否" || Is(cell, "false") || Is(cell, "no") ? InputValue.FromBoolean(false)
            : (InputValue?)null;
    }

    // One reading of numbers for every cell: invariant, an optional sign and decimal point, no thousands separators.
    private static decimal? ParseNumber(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string Expected(InputDefinition input) => input.Type switch
    {
        InputType.Number => "a number such as 4.5",
        InputType.Count => "a whole number",
        _ => "true/false (or 1/0, 是/否)",
    };

    private static string? Blank(string cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    private sealed record Column(string? Field, string? Review, InputDefinition? Input);
}
