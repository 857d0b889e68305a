namespace PartyBuilding.Scoring.Periods;

/// <summary>
/// One component of the annual result, declared in the rule file's <c>periods</c> section: for example monthly
/// inspections (月度巡查), quarterly routine assessment (平时考核) or the year-end assessment (年终考核).
/// </summary>
/// <param name="Id">Component id; the key of the component in a history's year.</param>
/// <param name="Title">Display title.</param>
/// <param name="Frequency">How many periods a year.</param>
/// <param name="Method">How the periods combine.</param>
/// <param name="Missing">What a missing period means.</param>
/// <param name="Source">Whether a period gives a score or criteria values.</param>
/// <param name="Weight">The component's share of the annual result (the weights of a rule file sum to 1).</param>
public sealed record PeriodComponent(
    string Id, string Title, PeriodFrequency Frequency, PeriodMethod Method, MissingPeriodPolicy Missing, PeriodSource Source, decimal Weight)
{
    /// <summary>The number of periods in a year: 12, 4 or 1.</summary>
    public int PeriodsPerYear => Frequency switch
    {
        PeriodFrequency.Month => 12,
        PeriodFrequency.Quarter => 4,
        _ => 1,
    };

    /// <summary>The name of a period, e.g. <c>2024-03</c>, <c>2024-Q2</c> or <c>2024</c>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="index">The 0-based period index within the year.</param>
    public string PeriodName(int year, int index) => Frequency switch
    {
        PeriodFrequency.Month => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-{index + 1:D2}"),
        PeriodFrequency.Quarter => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-Q{index + 1}"),
        _ => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
    };
}
