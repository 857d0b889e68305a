using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PartyBuilding.Scoring.Benchmarks.Support;

namespace PartyBuilding.Scoring.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/PartyBuilding.Scoring.Benchmarks -- --filter '*'</c> (see bench/README.md).</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the BenchmarkDotNet command line. Exit code 1 when a benchmark failed (an exception in
    /// a setup or a benchmark method, a build error, a validation error) or when the filter chose none: BenchmarkDotNet
    /// itself only logs such failures, and CI must not pass a benchmark that no longer runs.
    /// </summary>
    public static int Main(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddColumn(PerOrganizationColumn.OrganizationsPerSecond, PerOrganizationColumn.BytesPerOrganization);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        var failed = summaries.SelectMany(s => s.Reports).Where(r => !r.Success || r.ResultStatistics is null).ToList();
        foreach (var report in failed)
        {
            Console.Error.WriteLine($"Benchmark failed: {report.BenchmarkCase.DisplayInfo}");
        }

        var invalid = summaries.Where(s => s.HasCriticalValidationErrors).ToList();
        foreach (var summary in invalid)
        {
            Console.Error.WriteLine($"Benchmark validation failed: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
        }

        var ran = summaries.Sum(s => s.Reports.Length);
        if (ran == 0 && !args.Contains("--list") && !args.Contains("--help") && !args.Contains("--version"))
        {
            Console.Error.WriteLine("No benchmark ran (check --filter).");
            return 1;
        }

        return failed.Count > 0 || invalid.Count > 0 ? 1 : 0;
    }
}
