namespace PartyBuilding.Scoring.Periods;

/// <summary>What a missing period means for a component.</summary>
public enum MissingPeriodPolicy
{
    /// <summary>The missing period counts as a score of 0.</summary>
    Zero,

    /// <summary>The missing period is left out; a component with no period left is left out of the year and the
    /// other components' weights are scaled up so they again sum to 1.</summary>
    Exclude,

    /// <summary>The year cannot be computed: it is rejected with the missing period named.</summary>
    Reject,
}
