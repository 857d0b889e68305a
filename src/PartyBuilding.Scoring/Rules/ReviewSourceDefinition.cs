namespace PartyBuilding.Scoring.Rules;

/// <summary>A review source of the three reviews (三评: 基层评 grassroots, 群众评 masses, 组织评 organization).</summary>
/// <param name="Id">Identifier, used as the key in a record's <c>reviews</c>.</param>
/// <param name="Title">Display title.</param>
/// <param name="Weight">The weight as a fraction of 1 (a file written in per cent is converted).</param>
/// <param name="Supplies">Whether the source gives a score or criteria values.</param>
public sealed record ReviewSourceDefinition(string Id, string Title, decimal Weight, ReviewSupply Supplies);
