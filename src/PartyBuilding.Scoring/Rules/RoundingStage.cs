namespace PartyBuilding.Scoring.Rules;

/// <summary>Where the rounding policy applies. Flags: a policy may apply at several stages.</summary>
[Flags]
public enum RoundingStage
{
    /// <summary>Nowhere.</summary>
    None = 0,
    /// <summary>Each criterion's points.</summary>
    Criterion = 1,
    /// <summary>Each area subtotal.</summary>
    Area = 2,
    /// <summary>Each criteria total (per review source too).</summary>
    Total = 4,
    /// <summary>The final score that is banded (the composite, or the total without reviews).</summary>
    Final = 8,
}
