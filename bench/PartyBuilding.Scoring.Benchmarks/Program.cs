using BenchmarkDotNet.Running;

namespace PartyBuilding.Scoring.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/PartyBuilding.Scoring.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen by the BenchmarkDotNet command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
