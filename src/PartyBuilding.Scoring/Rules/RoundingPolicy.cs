namespace PartyBuilding.Scoring.Rules;

/// <summary>The one rounding policy of a rule set.</summary>
/// <param name="Decimals">Decimal places kept.</param>
/// <param name="Mode">How a value is rounded; <see cref="MidpointRounding.AwayFromZero"/> is how people round by hand.</param>
/// <param name="AppliesTo">The stages rounded.</param>
public sealed record RoundingPolicy(int Decimals, MidpointRounding Mode, RoundingStage AppliesTo)
{
    /// <summary>Rounds <paramref name="value"/> when the policy applies at <paramref name="stage"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="stage">The stage being computed.</param>
    public decimal Apply(decimal value, RoundingStage stage) =>
        (AppliesTo & stage) != 0 ? decimal.Round(value, Decimals, Mode) : value;

    /// <summary>The decimals final scores are shown with in reports: <see cref="Decimals"/> when <c>final</c> is rounded, else 2.</summary>
    public int FinalDecimals => (AppliesTo & RoundingStage.Final) != 0 ? Decimals : 2;
}
