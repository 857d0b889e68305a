namespace PartyBuilding.Scoring.Expressions;

// Raised inside the whitelist walk; caught by ExpressionCompiler and turned into a located rule-file error.
// Hint is a piece of the expression text (e.g. a method name) used to point at the right column.
internal sealed class ExpressionRejectedException(string code, string message, string? hint = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Hint { get; } = hint;
}
