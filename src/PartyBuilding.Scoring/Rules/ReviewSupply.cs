namespace PartyBuilding.Scoring.Rules;

/// <summary>What a review source supplies for each record.</summary>
public enum ReviewSupply
{
    /// <summary>The source's own score, a number within the score range.</summary>
    Score,
    /// <summary>The source's own input values, scored with the file's criteria.</summary>
    Criteria,
}
