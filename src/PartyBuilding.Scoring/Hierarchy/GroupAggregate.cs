namespace PartyBuilding.Scoring.Hierarchy;

/// <summary>
/// A mergeable partial aggregate of scores in a group (汇总): count, sum, minimum, maximum and how many are in the counted
/// bands. Aggregates of disjoint parts merge into the aggregate of the whole, in any order, so roll-ups can be computed
/// per partition and combined.
/// </summary>
/// <param name="Count">Organizations counted.</param>
/// <param name="Sum">Sum of their scores.</param>
/// <param name="Min">Lowest score; null when empty.</param>
/// <param name="Max">Highest score; null when empty.</param>
/// <param name="InBands">How many are in the counted bands.</param>
public sealed record GroupAggregate(int Count, decimal Sum, decimal? Min, decimal? Max, int InBands)
{
    /// <summary>The empty aggregate (the identity of <see cref="Merge"/>).</summary>
    public static GroupAggregate Empty { get; } = new(0, 0m, null, null, 0);

    /// <summary>Mean score; null when empty.</summary>
    public decimal? Mean => Count == 0 ? null : Sum / Count;

    /// <summary>Share of the counted organizations in the counted bands (0 when empty).</summary>
    public decimal Share => Count == 0 ? 0m : (decimal)InBands / Count;

    /// <summary>The aggregate of one score.</summary>
    /// <param name="score">The score.</param>
    /// <param name="inBands">Whether it is in the counted bands.</param>
    public static GroupAggregate Of(decimal score, bool inBands) => new(1, score, score, score, inBands ? 1 : 0);

    /// <summary>Combines the aggregates of two disjoint parts.</summary>
    /// <param name="other">The other part.</param>
    /// <returns>The aggregate of both parts.</returns>
    public GroupAggregate Merge(GroupAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Count + other.Count, Sum + other.Sum, Lowest(Min, other.Min), Highest(Max, other.Max), InBands + other.InBands);
    }

    private static decimal? Lowest(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static decimal? Highest(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
