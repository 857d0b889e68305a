namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// Limits applied while loading a rule file. Rule files are untrusted input, so every size is bounded.
/// The defaults fit any real regulation with a wide margin.
/// </summary>
public sealed record RuleSetLoadOptions
{
    /// <summary>The default options.</summary>
    public static RuleSetLoadOptions Default { get; } = new();

    /// <summary>Largest rule file accepted, in bytes. Default 4 MiB.</summary>
    public int MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Most criteria in one file. Default 5,000.</summary>
    public int MaxCriteria { get; init; } = 5_000;

    /// <summary>Most organization categories (<c>categories</c>, 类别) in one file. Default 500 (a real file has a handful).</summary>
    public int MaxCategories { get; init; } = 500;

    /// <summary>
    /// Most criteria laid out for scoring: (categories + 1) × criteria. Scoring lays out the criteria once per category, plus
    /// once for records without one, so load time and memory grow with this product. Default 100,000
    /// (20 categories of 5,000 criteria, or 500 categories of 200).
    /// </summary>
    public int MaxCategoryCriteria { get; init; } = 100_000;

    /// <summary>Most declared inputs in one file. Default 5,000.</summary>
    public int MaxInputs { get; init; } = 5_000;

    /// <summary>Most bands in one band table (<c>bands</c>, each table of <c>bandsByType</c>). Default 100.</summary>
    public int MaxBands { get; init; } = 100;

    /// <summary>Most expressions in one file: formula criteria and veto conditions together. Each is compiled at load. Default 1,000.</summary>
    public int MaxExpressions { get; init; } = 1_000;

    /// <summary>
    /// Most characters of all expressions of one file together. Parsing takes time in proportion to an expression's
    /// operators, so this bounds the time spent compiling one file. Default 50,000 (a real file has a few hundred).
    /// </summary>
    public int MaxTotalExpressionLength { get; init; } = 50_000;

    /// <summary>Longest expression, in characters. Default 1,000.</summary>
    public int MaxExpressionLength { get; init; } = 1_000;

    /// <summary>Deepest nesting of parentheses and operators in one expression. Default 32.</summary>
    public int MaxExpressionDepth { get; init; } = 32;
}
