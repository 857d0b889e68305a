namespace PartyBuilding.Scoring.Periods;

/// <summary>How the period scores of one component combine into the component's annual score.</summary>
public enum PeriodMethod
{
    /// <summary>The average of the periods that count.</summary>
    Mean,

    /// <summary>The sum of the periods that count.</summary>
    Sum,

    /// <summary>The latest period that counts.</summary>
    Last,
}
