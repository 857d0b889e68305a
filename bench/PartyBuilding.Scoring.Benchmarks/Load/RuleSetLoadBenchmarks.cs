using BenchmarkDotNet.Attributes;
using PartyBuilding.Scoring.Benchmarks.Support;

namespace PartyBuilding.Scoring.Benchmarks.Load;

/// <summary>
/// Loading a rule file: read the JSON, validate it (every error with its line and column), compile its expressions
/// through the sandbox — what <see cref="ScoringEngine.Parse"/> does — for generated files of 20, 200 and 2,000 criteria
/// (time per criterion should stay flat: loading must grow no worse than linearly), and for the shipped star-rating.json.
/// Warm: the runtime, the parser and the JSON metadata are already loaded by the warm-up.
/// </summary>
[MemoryDiagnoser]
public class RuleSetLoadBenchmarks
{
    private string generated = string.Empty;
    private string starRating = string.Empty;

    /// <summary>Criteria in the generated rule file.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Criteria { get; set; }

    /// <summary>20, 200 and 2,000 criteria; 20 and 200 in the CI smoke run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Pick([20, 200, 2_000], [20, 200]);

    /// <summary>Writes the generated file and reads the shipped star rating from the package's embedded copy.</summary>
    [GlobalSetup]
    public void Setup()
    {
        generated = GeneratedRuleFile.Json(Criteria);
        using var stream = typeof(RuleSets).Assembly.GetManifestResourceStream("PartyBuilding.Scoring.Rules.star-rating.json")
            ?? throw new InvalidOperationException("The embedded star-rating.json is missing.");
        using var reader = new StreamReader(stream);
        starRating = reader.ReadToEnd();
        var engine = ScoringEngine.Parse(generated, "generated.json");
        if (engine.RuleSet.Areas.Sum(a => a.Criteria.Count) != Criteria)
        {
            throw new InvalidOperationException($"The generated rule file has {engine.RuleSet.Areas.Sum(a => a.Criteria.Count)} criteria, not {Criteria}.");
        }
    }

    /// <summary>Load, validate and compile the generated rule file.</summary>
    [Benchmark]
    public ScoringEngine LoadGenerated() => ScoringEngine.Parse(generated, "generated.json");

    /// <summary>Load, validate and compile rules/star-rating.json (19 criteria); the same for every size.</summary>
    [Benchmark(Baseline = true)]
    public ScoringEngine LoadStarRating() => ScoringEngine.Parse(starRating, "star-rating.json");
}
