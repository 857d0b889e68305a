namespace PartyBuilding.Scoring.Rules;

/// <summary>The kind of value an input holds.</summary>
public enum InputType
{
    /// <summary>A decimal number, optionally bounded by min and max.</summary>
    Number,
    /// <summary>A whole number of occurrences, 0 or more.</summary>
    Count,
    /// <summary>Yes or no (met / not met).</summary>
    Boolean,
    /// <summary>One of a declared list of choices, e.g. 好/较好/一般/差.</summary>
    Grade,
}
