namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// Thrown when a rule file cannot be loaded. Carries every error the loader found in one pass,
/// each with file, JSON path, line, column, a stable code and a message.
/// </summary>
public sealed class RuleFileException : Exception
{
    /// <summary>Creates the exception from the errors found; there is at least one.</summary>
    /// <param name="errors">The errors, in file order.</param>
    public RuleFileException(IReadOnlyList<RuleFileError> errors)
        : base(FormatMessage(errors))
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>Every error found, ordered by line and column.</summary>
    public IReadOnlyList<RuleFileError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<RuleFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? "The rule file is invalid: " + errors[0]
            : $"The rule file is invalid ({errors.Count} errors):" + Environment.NewLine
              + string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
    }
}
