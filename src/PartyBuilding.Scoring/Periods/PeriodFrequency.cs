namespace PartyBuilding.Scoring.Periods;

/// <summary>How often a period component is collected (月调研、季调度、年考核: monthly, quarterly, yearly).</summary>
public enum PeriodFrequency
{
    /// <summary>Twelve periods a year.</summary>
    Month,

    /// <summary>Four periods a year.</summary>
    Quarter,

    /// <summary>One period a year.</summary>
    Year,
}
