namespace PartyBuilding.Scoring;

/// <summary>The JSON kind of an <see cref="InputValue"/> as supplied by a record.</summary>
public enum InputValueKind
{
    /// <summary>A number.</summary>
    Number,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>Text (a grade or choice).</summary>
    Text,
}
