namespace PartyBuilding.Scoring.Rules;

/// <summary>Which rule set produced a result: id, version and the SHA-256 of its canonical content.</summary>
/// <param name="Id">The rule set's id.</param>
/// <param name="Version">The rule set's version.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the canonical JSON (sorted properties, no whitespace, no <c>$schema</c>),
/// so reformatting the file does not change it and any change of content does.</param>
public sealed record RuleSetIdentity(string Id, string Version, string Sha256);
