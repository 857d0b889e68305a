using System.Globalization;

namespace PartyBuilding.Scoring.Rules;

// Checks that a band table covers the score range exactly once. When the final score is rounded to d
// decimals only multiples of 10^-d can occur, so coverage is checked on that grid: [90, 94] next to
// [95, 100] is complete at 0 decimals and leaves 94.1–94.9 uncovered at 1 decimal.
internal static class BandCoverage
{
    public static IEnumerable<(int? BandIndex, string Code, string Message)> Check(
        IReadOnlyList<BandDefinition> bands, decimal min, decimal max, int? decimals)
    {
        var step = decimals is { } d ? 1m / Pow10(d) : (decimal?)null;
        var roundingNote = decimals is { } places
            ? string.Create(CultureInfo.InvariantCulture, $" (final scores are rounded to {places} decimal place{(places == 1 ? string.Empty : "s")} before banding)")
            : " (final scores are not rounded, so every value in between can occur)";

        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].Lower < min || bands[i].Upper > max)
            {
                yield return (i, RuleFileErrorCodes.BandOutsideScoreRange,
                    $"The band \"{bands[i].Id}\" {bands[i].Range} reaches outside the score range [{F(min)}, {F(max)}].");
            }

            for (var j = i + 1; j < bands.Count; j++)
            {
                var overlap = Intersect(Of(bands[i]), Of(bands[j]));
                if (Describe(overlap, step) is { } values)
                {
                    yield return (j, RuleFileErrorCodes.BandOverlap,
                        $"The bands \"{bands[i].Id}\" {bands[i].Range} and \"{bands[j].Id}\" {bands[j].Range} overlap: {values} would be in both{roundingNote}.");
                }
            }
        }

        var uncovered = new List<Interval> { new(min, true, max, true) };
        foreach (var band in bands)
        {
            var cut = Of(band);
            uncovered = [.. uncovered.SelectMany(segment => Subtract(segment, cut))];
        }

        foreach (var gap in uncovered)
        {
            if (Describe(gap, step) is { } values)
            {
                var above = Enumerable.Range(0, bands.Count).Where(i => bands[i].Lower >= gap.Hi).OrderBy(i => bands[i].Lower).Cast<int?>().FirstOrDefault();
                yield return (above, RuleFileErrorCodes.BandGap, $"{Capitalize(values)} fall{(values.StartsWith("the score", StringComparison.Ordinal) ? "s" : string.Empty)} in no band{roundingNote}; make the neighbouring bands meet.");
            }
        }
    }

    private static string? Describe(Interval interval, decimal? step)
    {
        if (interval.IsEmpty)
        {
            return null;
        }

        if (step is not { } s)
        {
            return interval.Lo == interval.Hi
                ? $"the score {F(interval.Lo)}"
                : $"scores in {(interval.LoInc ? '[' : '(')}{F(interval.Lo)}, {F(interval.Hi)}{(interval.HiInc ? ']' : ')')}";
        }

        var first = decimal.Ceiling(interval.Lo / s) * s;
        if (first == interval.Lo && !interval.LoInc)
        {
            first += s;
        }

        var last = decimal.Floor(interval.Hi / s) * s;
        if (last == interval.Hi && !interval.HiInc)
        {
            last -= s;
        }

        return first > last ? null : first == last ? $"the score {F(first)}" : $"scores from {F(first)} to {F(last)}";
    }

    private static IEnumerable<Interval> Subtract(Interval segment, Interval cut)
    {
        var left = Intersect(segment, new Interval(decimal.MinValue, true, cut.Lo, !cut.LoInc));
        var right = Intersect(segment, new Interval(cut.Hi, !cut.HiInc, decimal.MaxValue, true));
        if (!left.IsEmpty)
        {
            yield return left;
        }

        if (!right.IsEmpty)
        {
            yield return right;
        }
    }

    private static Interval Intersect(Interval a, Interval b)
    {
        var (lo, loInc) = a.Lo > b.Lo ? (a.Lo, a.LoInc) : b.Lo > a.Lo ? (b.Lo, b.LoInc) : (a.Lo, a.LoInc && b.LoInc);
        var (hi, hiInc) = a.Hi < b.Hi ? (a.Hi, a.HiInc) : b.Hi < a.Hi ? (b.Hi, b.HiInc) : (a.Hi, a.HiInc && b.HiInc);
        return new Interval(lo, loInc, hi, hiInc);
    }

    private static Interval Of(BandDefinition band) => new(band.Lower, band.LowerInclusive, band.Upper, band.UpperInclusive);

    private static decimal Pow10(int d)
    {
        var result = 1m;
        for (var i = 0; i < d; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static string F(decimal value) => DecimalText.Format(value);

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private readonly record struct Interval(decimal Lo, bool LoInc, decimal Hi, bool HiInc)
    {
        public bool IsEmpty => Lo > Hi || (Lo == Hi && !(LoInc && HiInc));
    }
}
