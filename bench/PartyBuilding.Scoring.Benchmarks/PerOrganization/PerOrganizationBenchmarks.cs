using BenchmarkDotNet.Attributes;
using PartyBuilding.Scoring.Benchmarks.Support;

namespace PartyBuilding.Scoring.Benchmarks.PerOrganization;

/// <summary>
/// Scoring rules/star-rating.json (19 criteria, 5 bands, 2 vetoes) for a set of generated organizations, side by side:
/// hand-written C# over typed fields (the baseline, the floor) and over the same <see cref="OrganizationRecord"/> the library
/// takes, the library through its public API as an embedding app calls it (with and without the line-by-line trace), and
/// the same rubric run the naive way through RulesEngine's <c>ExecuteAllRulesAsync</c>, two ways (points from an
/// <c>OutputExpression</c> action, or from a local parameter). One operation scores every organization of the set once;
/// see the Orgs/s and B/org columns. The setup checks that all of them give the same score, earned stars and stars after
/// vetoes for every organization.
/// </summary>
[MemoryDiagnoser]
public class PerOrganizationBenchmarks
{
    private ScoringEngine engine = null!;
    private OrganizationRecord[] records = [];
    private StarRatingFigures[] figures = [];
    private NaiveRulesEngineStarRating naive = null!;
    private NaiveRulesEngineStarRating naiveLocalParams = null!;

    /// <summary>Organizations scored per operation.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Organizations { get; set; }

    /// <summary>1,000 (fits in cache) and 20,000 organizations; 20 in the CI smoke run.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Pick([1_000, 20_000], [20]);

    /// <summary>Loads the shipped rules, generates the organizations (seed 7) and checks every scorer agrees with the library.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = RuleSets.StarRating();
        records = OrganizationGenerator.Generate(engine.RuleSet, Organizations, seed: 7);
        figures = [.. records.Select(StarRatingFigures.FromRecord)];
        naive = new NaiveRulesEngineStarRating(engine.RuleSet, NaivePoints.OutputExpressionAction);
        naiveLocalParams = new NaiveRulesEngineStarRating(engine.RuleSet, NaivePoints.LocalParam);
        StarRatingAgreement.Check(engine, records, figures, naive, naiveLocalParams);
    }

    /// <summary>Hand-written C# over typed fields, in decimal.</summary>
    [Benchmark(Baseline = true)]
    public decimal HandWritten()
    {
        var sum = 0m;
        foreach (ref readonly var f in figures.AsSpan())
        {
            sum += HandWrittenStarRating.Score(f).Score;
        }

        return sum;
    }

    /// <summary>Hand-written C# over the same records the library takes: looks each value up in the record's dictionary.</summary>
    [Benchmark]
    public decimal HandWrittenFromRecord()
    {
        var sum = 0m;
        foreach (var record in records)
        {
            sum += HandWrittenStarRating.Score(record).Score;
        }

        return sum;
    }

    /// <summary>The library, <c>engine.Score(record)</c>: the result with its trace (评分明细).</summary>
    [Benchmark]
    public decimal LibraryWithTrace()
    {
        var sum = 0m;
        foreach (var record in records)
        {
            sum += engine.Score(record).Score;
        }

        return sum;
    }

    /// <summary>The library, <c>engine.Score(record, ScoreOptions.WithoutTrace)</c>: the result without its trace.</summary>
    [Benchmark]
    public decimal LibraryWithoutTrace()
    {
        var sum = 0m;
        foreach (var record in records)
        {
            sum += engine.Score(record, ScoreOptions.WithoutTrace).Score;
        }

        return sum;
    }

    /// <summary>
    /// The same rubric through RulesEngine's ExecuteAllRulesAsync, one workflow, one rule per criterion whose
    /// OutputExpression action gives its points.
    /// </summary>
    [Benchmark]
    public decimal NaiveRulesEngine() => SumOf(naive);

    /// <summary>
    /// The same rubric through RulesEngine's ExecuteAllRulesAsync, one rule per criterion whose local parameter gives its
    /// points (compiled once with the workflow; no action per organization): the faster naive way.
    /// </summary>
    [Benchmark]
    public decimal NaiveRulesEngineLocalParams() => SumOf(naiveLocalParams);

    private decimal SumOf(NaiveRulesEngineStarRating workflow)
    {
        var sum = 0m;
        foreach (var record in records)
        {
            sum += workflow.Score(record).Score;
        }

        return sum;
    }
}
