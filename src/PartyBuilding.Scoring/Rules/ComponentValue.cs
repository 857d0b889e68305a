namespace PartyBuilding.Scoring.Rules;

/// <summary>What a carried component takes from the other assessment's outcome.</summary>
public enum ComponentValue
{
    /// <summary>The final score (rule-file word <c>score</c>); fills a <c>number</c> input.</summary>
    Score,

    /// <summary>The band's level (<c>bandLevel</c>); fills a <c>number</c> or <c>count</c> input.</summary>
    BandLevel,

    /// <summary>The band's label (<c>bandLabel</c>), e.g. 好; fills a <c>grade</c> input whose choices hold every label.</summary>
    BandLabel,

    /// <summary>
    /// Whether the organization meets a roll-up constraint of the other assessment (<c>rollupPassed</c>), e.g. the share of
    /// five-star branches for 五个好; fills a <c>boolean</c> input. The roll-up is named by <see cref="ComponentDefinition.Rollup"/>.
    /// </summary>
    RollupPassed,

    /// <summary>The share (0..1) of the organizations under it in the roll-up's bands (<c>rollupShare</c>); fills a <c>number</c> input.</summary>
    RollupShare,
}
