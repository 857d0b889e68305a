namespace PartyBuilding.Scoring.Periods;

/// <summary>What a period of a component supplies.</summary>
public enum PeriodSource
{
    /// <summary>A score within the rule set's score range (e.g. a monthly inspection result).</summary>
    Score,

    /// <summary>Input values scored with the rule set's criteria (e.g. the year-end assessment, 年终考核).</summary>
    Criteria,
}
