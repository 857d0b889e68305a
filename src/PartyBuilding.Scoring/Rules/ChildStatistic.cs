namespace PartyBuilding.Scoring.Rules;

/// <summary>What a child input holds about the scored organizations under a record.</summary>
public enum ChildStatistic
{
    /// <summary>Their mean score (rule-file word <c>mean</c>).</summary>
    Mean,

    /// <summary>Their lowest score (<c>min</c>).</summary>
    Min,

    /// <summary>Their highest score (<c>max</c>).</summary>
    Max,

    /// <summary>How many were scored (<c>count</c>).</summary>
    Count,

    /// <summary>The share (0..1) of them in the listed bands (<c>shareInBands</c>).</summary>
    ShareInBands,
}
