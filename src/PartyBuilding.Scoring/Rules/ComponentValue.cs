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
}
