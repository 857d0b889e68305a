namespace PartyBuilding.Scoring.Reporting;

/// <summary>The formats <see cref="ReportWriter"/> writes.</summary>
public enum ReportFormat
{
    /// <summary>Markdown: a heading, a field list and pipe tables.</summary>
    Markdown,

    /// <summary>CSV (RFC 4180): the fields, then each table after a line with its title, separated by a blank line.</summary>
    Csv,

    /// <summary>A self-contained HTML page: tables and the chart as inline SVG, no scripts.</summary>
    Html,

    /// <summary>JSON for other systems: fields as an object, each table's rows as objects keyed by column id, numbers as numbers.</summary>
    Json,
}
