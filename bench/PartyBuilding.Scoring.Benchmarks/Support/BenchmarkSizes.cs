namespace PartyBuilding.Scoring.Benchmarks.Support;

/// <summary>
/// Benchmark sizes. The CI smoke run sets <c>PBSCORE_BENCH_SMOKE=1</c>, which shrinks every size so each benchmark
/// method runs once in seconds (it checks that the benchmarks still work, never how fast they are).
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable that selects the smoke sizes.</summary>
    public const string SmokeVariable = "PBSCORE_BENCH_SMOKE";

    /// <summary>True in the CI smoke run.</summary>
    public static bool Smoke { get; } = Environment.GetEnvironmentVariable(SmokeVariable) is "1" or "true";

    /// <summary>The full sizes, or the smoke sizes in the CI smoke run.</summary>
    public static IEnumerable<int> Pick(int[] full, int[] smoke) => Smoke ? smoke : full;
}
