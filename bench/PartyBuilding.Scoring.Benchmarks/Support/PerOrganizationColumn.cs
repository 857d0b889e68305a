using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PartyBuilding.Scoring.Benchmarks.Support;

/// <summary>
/// Orgs/s and B/org for benchmarks that score a whole set of organizations per operation: the mean time and the
/// allocated bytes of one operation divided by the benchmark's <c>Organizations</c> parameter. "-" for other benchmarks.
/// </summary>
public sealed class PerOrganizationColumn : IColumn
{
    /// <summary>The parameter that holds how many organizations one operation scores.</summary>
    public const string Parameter = "Organizations";

    private readonly bool bytes;

    private PerOrganizationColumn(bool bytes) => this.bytes = bytes;

    /// <summary>Organizations scored per second.</summary>
    public static IColumn OrganizationsPerSecond { get; } = new PerOrganizationColumn(false);

    /// <summary>Bytes allocated per organization.</summary>
    public static IColumn BytesPerOrganization { get; } = new PerOrganizationColumn(true);

    /// <inheritdoc />
    public string Id => bytes ? "BytesPerOrg" : "OrgsPerSecond";

    /// <inheritdoc />
    public string ColumnName => bytes ? "B/org" : "Orgs/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => bytes ? 1 : 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => bytes
        ? "Bytes allocated per organization (Allocated / Organizations)"
        : "Organizations scored per second (Organizations / Mean)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var organizations = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == Parameter)?.Value as int?;
        var report = summary[benchmarkCase];
        if (organizations is not > 0 || report is null)
        {
            return "-";
        }

        if (bytes)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is { } b ? (b / (double)organizations.Value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        return report.ResultStatistics is { Mean: > 0 } statistics
            ? (organizations.Value / (statistics.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : "-";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == Parameter));

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
