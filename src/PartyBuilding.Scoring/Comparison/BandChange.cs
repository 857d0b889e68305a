namespace PartyBuilding.Scoring.Comparison;

/// <summary>How an organization's band moved between two results (升档/降档).</summary>
public enum BandChange
{
    /// <summary>Same band level in both (a score change inside the band).</summary>
    Unchanged,

    /// <summary>A higher band level than before (a revoked band counts as below every band).</summary>
    Promoted,

    /// <summary>A lower band level than before, including a band revoked.</summary>
    Demoted,

    /// <summary>Only in the current result.</summary>
    New,

    /// <summary>Only in the previous result.</summary>
    Gone,
}
