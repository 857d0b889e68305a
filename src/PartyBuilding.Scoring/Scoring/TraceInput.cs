namespace PartyBuilding.Scoring;

/// <summary>An input value a trace line used.</summary>
/// <param name="Id">Input id.</param>
/// <param name="Value">The value used (the default when the record gave none).</param>
public sealed record TraceInput(string Id, InputValue Value);
