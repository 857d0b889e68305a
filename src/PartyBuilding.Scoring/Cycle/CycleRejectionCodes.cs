namespace PartyBuilding.Scoring.Cycle;

/// <summary>The stable codes for parts of a history that cannot be used (a year, an event, a determination).</summary>
public static class CycleRejectionCodes
{
    /// <summary>No version of the rule set is in force on the date needed.</summary>
    public const string NoRuleSetInForce = "PBR200";
    /// <summary>The rule set in force does not declare what is needed (<c>periods</c>, or <c>starValidity</c> and <c>procedure</c>).</summary>
    public const string CycleRulesMissing = "PBR201";
    /// <summary>A year names a component the rule set does not declare, or gives it the wrong number of periods.</summary>
    public const string PeriodsDoNotFit = "PBR202";
    /// <summary>A period is missing and the component's policy is <c>reject</c>, or no component of the year has a score.</summary>
    public const string MissingPeriod = "PBR203";
    /// <summary>A period's score is outside the score range, or a score is given where values are needed (or the reverse).</summary>
    public const string InvalidPeriod = "PBR204";
    /// <summary>A period given as criteria values was rejected by the scoring engine (the inner code and reason follow).</summary>
    public const string PeriodRecordRejected = "PBR205";
    /// <summary>An event's kind is not declared in the rule set in force on its date.</summary>
    public const string UnknownEventKind = "PBR206";
    /// <summary>A determination skipped a required step of the procedure.</summary>
    public const string StepSkipped = "PBR207";
    /// <summary>A determination names an unknown step, gives a step twice or out of the procedure's order.</summary>
    public const string StepsOutOfOrder = "PBR208";
    /// <summary>A determination rests on a year without an annual result, or is made before that year has ended.</summary>
    public const string NoAnnualResult = "PBR209";
    /// <summary>The history file is not shaped as a history (wrong field, wrong type, bad date, duplicate id or year).</summary>
    public const string Malformed = "PBR210";
}
