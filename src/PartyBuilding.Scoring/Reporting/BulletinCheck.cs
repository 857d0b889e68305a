namespace PartyBuilding.Scoring.Reporting;

/// <summary>One fingerprint of a published bulletin compared with the one recomputed from the files.</summary>
/// <param name="Name">The field, e.g. <c>resultSha256</c>.</param>
/// <param name="Published">The value in the published bulletin; empty when it has none.</param>
/// <param name="Recomputed">The value recomputed now.</param>
public sealed record BulletinCheck(string Name, string Published, string Recomputed)
{
    /// <summary>True when the published and recomputed values are the same.</summary>
    public bool Matches => string.Equals(Published, Recomputed, StringComparison.Ordinal);
}
