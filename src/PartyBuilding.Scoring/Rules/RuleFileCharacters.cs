using PartyBuilding.Scoring.Expressions;

namespace PartyBuilding.Scoring.Rules;

// Text of a rule file may not hide what it says: an invisible or direction-changing character (a zero-width joiner
// in an id or a grade, a right-to-left override in a title or message) makes text look different from what the
// program compares or shows. Expressions are left to the expression scanner, which points at the character within
// the expression and reports it once.
internal static class RuleFileCharacters
{
    // Text that cannot be decoded at all (not UTF-8, half a character) is added to decodeErrors; the invisible
    // characters are returned, to be reported with the validation errors.
    public static List<RuleFileError> Check(JsonSourceMap map, string file, List<RuleFileError> decodeErrors)
    {
        var errors = new List<RuleFileError>();
        foreach (var (path, text) in map.StringValues(file, decodeErrors))
        {
            if (IsExpression(path) || text.AsSpan().IndexOfAnyInRange('\u00ad', '\uffff') < 0)
            {
                continue;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (ExpressionScanner.IsInvisible(text[i]))
                {
                    var (line, column) = map.PositionInString(path, i);
                    errors.Add(new RuleFileError(file, path, line, column, RuleFileErrorCodes.InvisibleCharacter,
                        $"This text contains {ExpressionScanner.Name(text[i])}, an invisible or direction-changing character that makes text look different from what it is; delete it."));
                    break;
                }
            }
        }

        return errors;
    }

    private static bool IsExpression(string path) =>
        (path.StartsWith("$.areas[", StringComparison.Ordinal) && path.EndsWith("].expression", StringComparison.Ordinal))
        || (path.StartsWith("$.vetoes[", StringComparison.Ordinal) && path.EndsWith("].when", StringComparison.Ordinal));
}
