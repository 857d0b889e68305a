using System.Globalization;
using CsvHelper;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Review;

// Reads review records from CSV: one review per row, the columns named by the header. A header the reader cannot map
// refuses the whole file (every row would be misread); a damaged row is kept with its problem so the scorer rejects it
// with its line, like a damaged JSON item.
internal static class ReviewCsv
{
    private static readonly string[] Fields = ["subject", "reviewerId", "reviewerName", "category", "grade", "score"];

    private static readonly Dictionary<string, int> Columns = new(StringComparer.Ordinal)
    {
        ["subject"] = 0,
        ["reviewerId"] = 1,
        ["reviewer.id"] = 1,
        ["reviewerName"] = 2,
        ["reviewer.name"] = 2,
        ["category"] = 3,
        ["reviewer.category"] = 3,
        ["grade"] = 4,
        ["score"] = 5,
    };

    public static IReadOnlyList<ReviewRecord> ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: the review file cannot be read: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    public static IReadOnlyList<ReviewRecord> Read(Stream stream)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        using var csv = CsvReader.Create(stream, options, true);
        var records = new List<ReviewRecord>();
        int[]? columns = null;
        while (Next(csv))
        {
            columns ??= Map([.. csv.Headers ?? []]);
            records.Add(ToRecord(csv, columns, (int)csv.LineNumber));
        }

        if (columns is null)
        {
            Map([.. csv.Headers ?? []]);
        }

        return records;
    }

    private static ReviewRecord ToRecord(CsvReader csv, int[] columns, int line)
    {
        var problems = new List<string>();
        var width = csv.Headers?.Count ?? 0;
        if (csv.FieldCount != width)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the row has {csv.FieldCount} cells but the header has {width} columns."));
        }

        string? Cell(int field) =>
            columns[field] is var i and >= 0 && i < csv.FieldCount && csv.GetString(i) is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

        decimal? score = null;
        if (Cell(5) is { } text)
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                score = value;
            }
            else
            {
                problems.Add($"\"score\" must be a number, not \"{text}\".");
            }
        }

        return new ReviewRecord(Cell(0), Cell(1), Cell(2), Cell(3))
        {
            Grade = Cell(4),
            Score = score,
            SourceLine = line,
            ReadProblem = problems.Count > 0 ? string.Join(" ", problems) : null,
        };
    }

    // The column of each field (-1 when absent).
    private static int[] Map(string[] header)
    {
        if (header.All(string.IsNullOrWhiteSpace))
        {
            throw new InvalidDataException(RecordReader.EmptyFile("review", $"it has no header row \"{string.Join(",", Fields)}\"", "read"));
        }

        var names = header.Select(h => h.Trim()).ToList();
        var unknown = names.Where(n => !Columns.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"The review CSV header has column(s) that are not review fields: {RuleFileVocabulary.List(unknown)} (use {RuleFileVocabulary.List(Fields)}). Nothing was read.");
        }

        var repeated = names.Select((n, i) => (Field: Columns[n], Name: string.Create(CultureInfo.InvariantCulture, $"\"{n}\" (column {i + 1})")))
            .GroupBy(c => c.Field).Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g.Select(c => c.Name))} give \"{Fields[g.Key]}\"").ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidDataException($"The review CSV header gives the same field in more than one column: {string.Join("; ", repeated)}. Every row would be ambiguous, so nothing was read.");
        }

        var columns = Enumerable.Repeat(-1, Fields.Length).ToArray();
        for (var i = 0; i < names.Count; i++)
        {
            columns[Columns[names[i]]] = i;
        }

        if (columns[0] < 0)
        {
            throw new InvalidDataException("The review CSV header has no \"subject\" column. Nothing was read.");
        }

        return columns;
    }

    private static bool Next(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException($"The review CSV cannot be read: {ex.Message} Nothing was read: a damaged file must be fixed, not half read.", ex);
        }
    }
}
