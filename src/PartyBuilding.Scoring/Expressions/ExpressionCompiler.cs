using System.Linq.Expressions;
using PartyBuilding.Scoring.Rules;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace PartyBuilding.Scoring.Expressions;

// Parses rule-file expressions with RulesEngine's expression parser (System.Linq.Dynamic.Core underneath),
// passes the tree through the SafeExpressionRewriter whitelist, and compiles it once into a delegate that reads
// the input vector directly. RulesEngine's workflow execution is never used: it is two orders of magnitude slower.
internal sealed class ExpressionCompiler
{
    private readonly RuleExpressionParser parser;
    private readonly ParameterExpression[] parameters;
    private readonly Dictionary<string, ParameterExpression> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<ParameterExpression, InputParameter> declared = [];
    private readonly ParameterExpression vector = Expression.Parameter(typeof(InputVector), "inputs");
    private readonly MidpointRounding midpoint;
    private readonly RuleSetLoadOptions options;

    public ExpressionCompiler(IReadOnlyList<InputDefinition> inputs, MidpointRounding midpoint, RuleSetLoadOptions options)
    {
        this.midpoint = midpoint;
        this.options = options;

        // No custom types and no automatic registration of input types: the parser sees exactly the declared inputs.
        parser = new RuleExpressionParser(new ReSettings
        {
            AutoRegisterInputType = false,
            CustomTypes = [],
            IsExpressionCaseSensitive = true,
            EnableExceptionAsErrorMessage = false,
        });
        parameters = new ParameterExpression[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var (type, array) = inputs[i].Type switch
            {
                InputType.Number or InputType.Count => (typeof(decimal), nameof(InputVector.Numbers)),
                InputType.Boolean => (typeof(bool), nameof(InputVector.Flags)),
                _ => (typeof(string), nameof(InputVector.Texts)),
            };
            parameters[i] = Expression.Parameter(type, inputs[i].Id);
            byName.TryAdd(inputs[i].Id, parameters[i]);
            declared[parameters[i]] = new InputParameter(
                i, Expression.ArrayIndex(Expression.Property(vector, array), Expression.Constant(i)), inputs[i].Choices);
        }
    }

    public CompiledExpression<decimal>? CompileNumber(string text, out ExpressionProblem? problem) =>
        Compile<decimal>(text, out problem);

    public CompiledExpression<bool>? CompileCondition(string text, out ExpressionProblem? problem) =>
        Compile<bool>(text, out problem);

    private CompiledExpression<T>? Compile<T>(string text, out ExpressionProblem? problem)
    {
        problem = ExpressionScanner.Check(text, options);
        if (problem is not null)
        {
            return null;
        }

        Expression parsed;
        try
        {
            parsed = parser.Parse(text, ParametersNamedIn(text), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problem = FromParseException(text, ex);
            return null;
        }

        var rewriter = new SafeExpressionRewriter(declared, midpoint, options.MaxExpressionDepth * 4);
        Expression body;
        try
        {
            body = rewriter.Rewrite(parsed);
        }
        catch (ExpressionRejectedException ex)
        {
            var position = ex.Hint is null ? -1 : text.IndexOf(ex.Hint, StringComparison.Ordinal);
            problem = new ExpressionProblem(ex.Code, ex.Message, position >= 0 ? position : null);
            return null;
        }

        if (body.Type != typeof(T))
        {
            problem = new ExpressionProblem(
                RuleFileErrorCodes.ExpressionWrongType,
                typeof(T) == typeof(bool)
                    ? "A condition must give true or false (e.g. \"violations > 0\"), but this expression gives a number or text."
                    : "A formula must give a number, but this expression gives " + (body.Type == typeof(bool) ? "true or false." : "text."),
                null);
            return null;
        }

        var read = rewriter.Read.Select(p => declared[p].Index).Order().ToArray();
        var lambda = Expression.Lambda<Func<InputVector, T>>(ConstantFolder.Fold(body), vector);
        return new CompiledExpression<T>(text, lambda.Compile(), read, lambda);
    }

    // The declared inputs whose names occur in the text as a word. The parser builds its symbol table from the parameters
    // it is given, so passing all of them made loading grow with inputs × expressions; an expression can only name the
    // inputs that occur in it, and any other name is still unknown to the parser, as before.
    private ParameterExpression[] ParametersNamedIn(string text)
    {
        var named = new List<ParameterExpression>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, i - start), out var parameter) && !named.Contains(parameter))
            {
                named.Add(parameter);
            }
        }

        return [.. named];
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static ExpressionProblem FromParseException(string text, Exception ex)
    {
        var position = ex is System.Linq.Dynamic.Core.Exceptions.ParseException parse ? parse.Position : (int?)null;
        var message = ex.Message.TrimEnd('.');
        var code = RuleFileErrorCodes.ExpressionSyntax;
        if (message.Contains("Invalid integer literal", StringComparison.Ordinal) || message.Contains("Invalid real literal", StringComparison.Ordinal))
        {
            code = RuleFileErrorCodes.NumberOutOfDecimalRange;
            message += " (numbers must be within the range of decimal, about ±7.9e28)";
        }
        else if (message.StartsWith("Unknown identifier", StringComparison.Ordinal) || message.Contains("No property or field", StringComparison.Ordinal))
        {
            message += "; expressions may use only declared inputs, numbers, true/false, text in double quotes and " + SafeExpressionRewriter.AllowedFunctions;
        }

        return new ExpressionProblem(code, $"The expression \"{Shorten(text)}\" cannot be read: {message}.", position is >= 0 && position <= text.Length ? position : null);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
