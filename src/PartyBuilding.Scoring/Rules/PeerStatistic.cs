namespace PartyBuilding.Scoring.Rules;

/// <summary>What a peer input holds about the same input of the organizations in the group.</summary>
public enum PeerStatistic
{
    /// <summary>The highest value in the group (rule-file word <c>highest</c>), e.g. for points proportional to the best.</summary>
    Highest,

    /// <summary>The lowest value (<c>lowest</c>), e.g. for points proportional to the best of a lower-is-better figure.</summary>
    Lowest,

    /// <summary>The mean value (<c>mean</c>).</summary>
    Mean,

    /// <summary>The organization's rank by the value, highest first, ties sharing a rank (<c>rankDescending</c>).</summary>
    RankDescending,

    /// <summary>The organization's rank by the value, lowest first, ties sharing a rank (<c>rankAscending</c>).</summary>
    RankAscending,
}
