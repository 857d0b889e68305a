namespace PartyBuilding.Scoring.Rules;

/// <summary>What a quota does with organizations tied (same rank) across its limit.</summary>
public enum QuotaBoundary
{
    /// <summary>All tied organizations keep the band, even if the quota is then exceeded (rule-file word <c>admitAll</c>).</summary>
    AdmitAll,

    /// <summary>None of the tied organizations keeps the band, so the quota is never exceeded (<c>admitNone</c>).</summary>
    AdmitNone,
}
