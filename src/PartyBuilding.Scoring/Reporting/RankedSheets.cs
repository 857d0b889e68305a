namespace PartyBuilding.Scoring.Reporting;

/// <summary>
/// A batch as worksheets for <see cref="XlsxWorkbook"/>: <c>results</c> (rank, organization, score, band, vetoes and one
/// column per area) and <c>rejected</c> (id, line, code, reason), so records read = rows of both sheets.
/// </summary>
public static class RankedSheets
{
    /// <summary>Builds the two sheets of a batch.</summary>
    /// <param name="batch">The batch result.</param>
    /// <returns>The <c>results</c> and <c>rejected</c> sheets.</returns>
    public static IReadOnlyList<XlsxSheet> Create(BatchResult batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var areas = batch.Results.SelectMany(r => r.Result.Areas).Select(a => (a.Source, a.Id, a.Title)).Distinct().ToList();
        var header = new[] { "rank", "id", "name", "type", "parent", "score", "band", "bandLabel", "vetoes" }
            .Concat(areas.Select(a => a.Source is null ? a.Title : $"{a.Source}.{a.Title}"));
        var rows = batch.Results.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank, r.Result.Id, r.Result.Name, r.Result.Type, r.Result.Parent, r.Result.Score, r.Result.Band?.Id, r.Result.Band?.Label,
            r.Result.Vetoes.Count > 0 ? string.Join("; ", r.Result.Vetoes.Select(v => v.Title)) : null,
            .. areas.Select(a => (object?)r.Result.Areas.FirstOrDefault(x => x.Source == a.Source && x.Id == a.Id)?.Points),
        ]).ToList();
        var rejected = batch.Rejected.Select(r => (IReadOnlyList<object?>)[r.Id, r.Line, r.Code, r.Reason]).ToList();
        return
        [
            new XlsxSheet("results", [.. header], rows),
            new XlsxSheet("rejected", ["id", "line", "code", "reason"], rejected),
        ];
    }
}
