using System.Text.Json;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// Writes a record as a data-entry template in the formats <see cref="Records.RecordReader"/> reads, so staff can fill it in
/// and score it. Use it with <see cref="ScoringEngine.CreateFullMarksRecord"/> for a template that shows the best value of every input.
/// </summary>
public static class RecordTemplate
{
    /// <summary>
    /// The record as a JSON array of one record, with a value for every input a record supplies (<see cref="RuleSet.RecordInputs"/>)
    /// in file order; inputs the file fills itself are left out, as a record may not give them.
    /// </summary>
    /// <param name="record">The record; it must have a value for every input in <see cref="RuleSet.RecordInputs"/>.</param>
    /// <param name="ruleSet">The rule set whose inputs and reviews are listed.</param>
    /// <returns>Indented JSON, \n line ends.</returns>
    public static string Json(OrganizationRecord record, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(ruleSet);
        return JsonValues.ToText(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("id", record.Id);
            writer.WriteString("name", record.Name);
            writer.WriteString("type", record.Type);
            writer.WriteString("parent", record.Parent);
            writer.WriteStartObject("values");
            foreach (var input in ruleSet.RecordInputs)
            {
                writer.WritePropertyName(input.Id);
                JsonValues.Write(writer, record.Values[input.Id]);
            }

            writer.WriteEndObject();
            if (record.Reviews.Count > 0)
            {
                writer.WriteStartObject("reviews");
                foreach (var review in ruleSet.Reviews.Where(r => record.Reviews.ContainsKey(r.Id)))
                {
                    writer.WriteNumber(review.Id, record.Reviews[review.Id].Score!.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }) + "\n";
    }

    /// <summary>The record as CSV: a header of <c>id,name,type,parent</c>, every input id in <see cref="RuleSet.RecordInputs"/> and score-supplying reviews, then one row.</summary>
    /// <param name="record">The record; it must have a value for every input in <see cref="RuleSet.RecordInputs"/>.</param>
    /// <param name="ruleSet">The rule set whose inputs and reviews are listed.</param>
    /// <returns>Two CSV lines, \n line ends.</returns>
    public static string Csv(OrganizationRecord record, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var reviews = ScoreReviews(record, ruleSet);
        var header = Header(ruleSet, reviews);
        var row = new[] { record.Id, record.Name ?? string.Empty, record.Type ?? string.Empty, record.Parent ?? string.Empty }
            .Concat(ruleSet.RecordInputs.Select(i => record.Values[i.Id].ToString()))
            .Concat(reviews.Select(r => DecimalText.Format(record.Reviews[r.Id].Score!.Value)));
        return string.Join(',', header.Select(Quote)) + "\n" + string.Join(',', row.Select(Quote)) + "\n";
    }

    /// <summary>
    /// The record as an Excel workbook: sheet <c>records</c> with the CSV header and one row (numbers as numbers, true/false
    /// as booleans), which <see cref="Records.RecordReader.ReadXlsx"/> reads back; sheet <c>inputs</c> lists every input a record supplies with
    /// its title (填报说明), type, range, choices and unit for the people who fill it in.
    /// </summary>
    /// <param name="stream">Where the workbook goes; left open.</param>
    /// <param name="record">The record; it must have a value for every input in <see cref="RuleSet.RecordInputs"/>.</param>
    /// <param name="ruleSet">The rule set whose inputs and reviews are listed.</param>
    public static void Xlsx(Stream stream, OrganizationRecord record, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var reviews = ScoreReviews(record, ruleSet);
        object?[] row =
        [
            record.Id, record.Name, record.Type, record.Parent,
            .. ruleSet.RecordInputs.Select(i => Cell(record.Values[i.Id])),
            .. reviews.Select(r => (object?)record.Reviews[r.Id].Score!.Value),
        ];
        var inputs = ruleSet.RecordInputs.Select(i => (IReadOnlyList<object?>)
        [
            i.Id, i.Title, i.Type.ToString().ToLowerInvariant(), i.Min, i.Max,
            i.Choices.Count > 0 ? string.Join(" / ", i.Choices) : null, i.Unit, i.Description,
        ]).ToList();
        XlsxWorkbook.Write(stream,
        [
            new XlsxSheet("records", [.. Header(ruleSet, reviews)], [row]),
            new XlsxSheet("inputs", ["id", "title", "type", "min", "max", "choices", "unit", "description"], inputs),
        ]);
    }

    private static List<ReviewSourceDefinition> ScoreReviews(OrganizationRecord record, RuleSet ruleSet) =>
        [.. ruleSet.Reviews.Where(r => record.Reviews.ContainsKey(r.Id))];

    private static IEnumerable<string> Header(RuleSet ruleSet, List<ReviewSourceDefinition> reviews) =>
        new[] { "id", "name", "type", "parent" }
            .Concat(ruleSet.RecordInputs.Select(i => i.Id))
            .Concat(reviews.Select(r => "reviews." + r.Id));

    private static object Cell(InputValue value) => value.Kind switch
    {
        InputValueKind.Number => value.Number,
        InputValueKind.Boolean => value.Boolean,
        _ => value.Text,
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
