using System.Globalization;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Expressions;

// The checks made on an expression's text before the parser sees it. The parser is recursive descent, so its
// recursion is bounded here first (parentheses, runs of prefix operators, chained ?:). Text literals are skipped
// the way the parser reads them ("…" or '…', a backslash escaping the next character, a doubled quote continuing
// the literal): a bracket inside a literal is not counted, and a quote inside a literal cannot hide the brackets
// after it. Outside literals only ASCII is allowed, so a look-alike letter (Cyrillic 'х', full-width 'ｘ') cannot
// name something other than what the reader sees; invisible and direction-changing characters are refused anywhere.
// The words and signs for the record itself (it, root, parent, ~, ^) are refused: the parser binds them to the only
// parameter it is given, so "x + it" would quietly mean x + x.
internal static class ExpressionScanner
{
    private static readonly HashSet<string> SelfWords = new(StringComparer.OrdinalIgnoreCase) { "it", "parent", "root" };

    public static ExpressionProblem? Check(string text, RuleSetLoadOptions options)
    {
        if (text.Length > options.MaxExpressionLength)
        {
            return new ExpressionProblem(RuleFileErrorCodes.ExpressionTooComplex,
                $"The expression is {text.Length} characters long; the limit is {options.MaxExpressionLength}.", null);
        }

        var limit = options.MaxExpressionDepth;
        var depth = 0;
        var prefixRun = 0;
        var questionMarks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Invisible(text, i) is { } invisible)
            {
                return invisible;
            }

            if (c is '"' or '\'')
            {
                var end = EndOfLiteral(text, i, out var hidden);
                if (hidden is not null)
                {
                    return hidden;
                }

                i = end;
                prefixRun = 0;
                continue;
            }

            if (c > '\x7f' && !char.IsWhiteSpace(c))
            {
                return new ExpressionProblem(RuleFileErrorCodes.ExpressionNonAscii,
                    $"The expression contains {Name(c)} outside text in double quotes; names, numbers and operators must be plain ASCII (a letter from another alphabet or a full-width character only looks like the one meant).", i);
            }

            if (c is '~' or '^')
            {
                return new ExpressionProblem(RuleFileErrorCodes.ExpressionForbidden,
                    c == '~'
                        ? "'~' is the expression language's sign for the record itself, which expressions may not use; name the input instead."
                        : "'^' is not allowed in expressions (the expression language reads it as the record around this one); to say \"one but not both\" of two conditions, use !=.", i);
            }

            if ((char.IsAsciiLetter(c) || c == '_') && (i == 0 || !IsNamePart(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                {
                    end++;
                }

                // With one parameter the parser takes "it" and "root" for it: "x + it" would silently be x + x.
                if (text[i..end] is var word && SelfWords.Contains(word))
                {
                    return new ExpressionProblem(RuleFileErrorCodes.ExpressionForbidden,
                        $"\"{word}\" is the expression language's name for the record itself (or the one around it), which expressions may not use; name the input instead.", i);
                }

                i = end - 1;
                prefixRun = 0;
                continue;
            }

            if (char.IsAsciiDigit(c) && (i == 0 || !IsNamePart(text[i - 1])))
            {
                var end = EndOfNumber(text, i);
                if (BeyondDecimal(text[i..end]) is { } number)
                {
                    return new ExpressionProblem(RuleFileErrorCodes.NumberOutOfDecimalRange,
                        $"The number {number} is beyond the range of decimal numbers (about ±7.9e28); scores and limits must be ordinary numbers.", i);
                }

                i = end - 1;
                prefixRun = 0;
                continue;
            }

            if (c is '(' or '[' or '{' && ++depth > limit)
            {
                return new ExpressionProblem(RuleFileErrorCodes.ExpressionTooComplex,
                    $"The expression nests parentheses more than {limit} deep; simplify it.", i);
            }

            if (c is ')' or ']' or '}')
            {
                depth--;
            }

            if (c == '?' && ++questionMarks > limit)
            {
                return new ExpressionProblem(RuleFileErrorCodes.ExpressionTooComplex,
                    $"The expression chains more than {limit} conditions; simplify it.", i);
            }

            prefixRun = c is '!' or '-' or '+' ? prefixRun + 1 : char.IsWhiteSpace(c) ? prefixRun : 0;
            if (prefixRun > limit)
            {
                return new ExpressionProblem(RuleFileErrorCodes.ExpressionTooComplex,
                    $"The expression chains more than {limit} operators in a row; simplify it.", i);
            }
        }

        return null;
    }

    /// <summary>Invisible or direction-changing characters (Unicode category Cf: zero-width joiners, right-to-left overrides, BOMs …).</summary>
    public static bool IsInvisible(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    // "U+0445 'х'"; an invisible character is named by its code only.
    public static string Name(char c) =>
        IsInvisible(c)
            ? string.Create(CultureInfo.InvariantCulture, $"the character U+{(int)c:X4}")
            : string.Create(CultureInfo.InvariantCulture, $"the character '{c}' (U+{(int)c:X4})");

    private static ExpressionProblem? Invisible(string text, int i) =>
        IsInvisible(text[i])
            ? new ExpressionProblem(RuleFileErrorCodes.InvisibleCharacter,
                $"The expression contains {Name(text[i])}, an invisible or direction-changing character that makes text look different from what it is; delete it.", i)
            : null;

    // Index of the literal's closing quote (or the last character, when it is not closed: the parser reports that).
    private static int EndOfLiteral(string text, int start, out ExpressionProblem? hidden)
    {
        hidden = null;
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (Invisible(text, i) is { } problem)
            {
                hidden = problem;
                return i;
            }

            if (text[i] == '\\')
            {
                i += 2;
            }
            else if (text[i] == quote && i + 1 < text.Length && text[i + 1] == quote)
            {
                i += 2;
            }
            else if (text[i] == quote)
            {
                return i;
            }
            else
            {
                i++;
            }
        }

        return text.Length - 1;
    }

    private static int EndOfNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'
            || ((text[i] is 'e' or 'E') && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] is '+' or '-'))
            || ((text[i] is '+' or '-') && text[i - 1] is 'e' or 'E')))
        {
            i++;
        }

        return i;
    }

    // The number as written when it cannot be a decimal; null when it can, or when it is not a plain number (the parser judges those).
    private static string? BeyondDecimal(string number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && !decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && (!double.IsFinite(value) || Math.Abs(value) >= 1)
            ? number
            : null;

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '@' or '.';
}
