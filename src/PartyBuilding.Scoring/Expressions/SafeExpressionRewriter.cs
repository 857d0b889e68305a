using System.Linq.Expressions;
using System.Reflection;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Expressions;

// The sandbox. Walks the tree the parser produced and rebuilds it from a whitelist only: declared inputs,
// constants, arithmetic, comparison, logic, conditionals and a few Math functions. Anything else (member
// access, other methods, new, type tests, lambdas, string building) is rejected; nothing of the original tree
// is reused, so nothing outside the whitelist can reach the compiled delegate.
// It also makes all arithmetic decimal: the parser types 1/3 as integer division and 0.1 as double.
internal sealed class SafeExpressionRewriter
{
    public const string AllowedFunctions = "Math.Min, Math.Max, Math.Abs, Math.Round, Math.Floor, Math.Ceiling, Math.Truncate";

    private static readonly MethodInfo DecimalMin = Method(nameof(Math.Min), typeof(decimal), typeof(decimal));
    private static readonly MethodInfo DecimalMax = Method(nameof(Math.Max), typeof(decimal), typeof(decimal));
    private static readonly MethodInfo DecimalAbs = Method(nameof(Math.Abs), typeof(decimal));
    private static readonly MethodInfo DecimalFloor = Method(nameof(Math.Floor), typeof(decimal));
    private static readonly MethodInfo DecimalCeiling = Method(nameof(Math.Ceiling), typeof(decimal));
    private static readonly MethodInfo DecimalTruncate = Method(nameof(Math.Truncate), typeof(decimal));
    private static readonly MethodInfo DecimalRound = Method(nameof(Math.Round), typeof(decimal), typeof(int), typeof(MidpointRounding));

    private readonly IReadOnlyDictionary<ParameterExpression, InputParameter> inputs;
    private readonly MidpointRounding midpoint;
    private readonly int maxDepth;

    public SafeExpressionRewriter(
        IReadOnlyDictionary<ParameterExpression, InputParameter> inputs, MidpointRounding midpoint, int maxDepth)
    {
        this.inputs = inputs;
        this.midpoint = midpoint;
        this.maxDepth = maxDepth;
    }

    public HashSet<ParameterExpression> Read { get; } = [];

    public Expression Rewrite(Expression node) => Rewrite(node, 0);

    private Expression Rewrite(Expression node, int depth)
    {
        if (depth > maxDepth)
        {
            throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionTooComplex, $"The expression is nested more than {maxDepth} levels deep; split it or simplify it.");
        }

        depth++;
        return node switch
        {
            ConstantExpression constant => RewriteConstant(constant),
            ParameterExpression parameter => RewriteParameter(parameter),
            UnaryExpression unary => RewriteUnary(unary, depth),
            BinaryExpression binary => RewriteBinary(binary, depth),
            ConditionalExpression conditional => RewriteConditional(conditional, depth),
            MethodCallExpression call => RewriteCall(call, depth),
            MemberExpression member => RejectMember(member, depth),
            _ => throw new ExpressionRejectedException(
                RuleFileErrorCodes.ExpressionForbidden,
                $"The expression uses {Describe(node)}, which is not allowed; use only declared inputs, numbers, + - * / %, comparisons, && || !, ?: and {AllowedFunctions}."),
        };
    }

    // Report the innermost forbidden thing first: in a.GetType().Name the problem is GetType, not Name.
    private Expression RejectMember(MemberExpression member, int depth)
    {
        if (member.Expression is not null)
        {
            Rewrite(member.Expression, depth);
        }

        throw new ExpressionRejectedException(
                RuleFileErrorCodes.ExpressionForbidden,
                $"\"{member.Member.Name}\" is member access, which expressions may not use; use only declared inputs, numbers and the functions {AllowedFunctions}.",
                member.Member.Name);
    }

    private static Expression RewriteConstant(ConstantExpression constant)
    {
        switch (constant.Value)
        {
            case bool or string:
                return Expression.Constant(constant.Value, constant.Type);
            case decimal value:
                return Expression.Constant(value);
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return Expression.Constant(Convert.ToDecimal(constant.Value, System.Globalization.CultureInfo.InvariantCulture));
            case double or float:
                var number = Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (!double.IsFinite(number) || Math.Abs(number) > (double)decimal.MaxValue)
                {
                    throw new ExpressionRejectedException(RuleFileErrorCodes.NumberOutOfDecimalRange,
                        $"The number {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} is beyond the range of decimal numbers (about ±7.9e28).");
                }

                return Expression.Constant((decimal)number);
            default:
                throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden,
                    constant.Value is null ? "null is not allowed in expressions." : $"A constant of type {constant.Type.Name} is not allowed in expressions.");
        }
    }

    private Expression RewriteParameter(ParameterExpression parameter)
    {
        if (!inputs.TryGetValue(parameter, out var input))
        {
            throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden, $"\"{parameter.Name}\" is not a declared input.", parameter.Name);
        }

        Read.Add(parameter);
        return input.Access;
    }

    private Expression RewriteUnary(UnaryExpression unary, int depth)
    {
        switch (unary.NodeType)
        {
            // Only conversions that cannot change a value: to decimal, or an integer widened (the parser's own promotions).
            // int(2.7) or double(x) would silently change numbers, so they are refused.
            case ExpressionType.Convert or ExpressionType.ConvertChecked
                when IsNumeric(unary.Type) && IsNumeric(unary.Operand.Type) && (unary.Type == typeof(decimal) || IsIntegral(unary.Operand.Type)):
                return Numeric(unary.Operand, depth);
            case ExpressionType.Convert or ExpressionType.ConvertChecked when IsNumeric(unary.Type) && IsNumeric(unary.Operand.Type):
                Rewrite(unary.Operand, depth);
                throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden,
                    $"Converting a number to {unary.Type.Name} is not allowed: it would cut or change the value. All numbers are decimal; use Math.Round, Math.Floor or Math.Truncate.",
                    TypeHint(unary.Type));
            case ExpressionType.Convert or ExpressionType.ConvertChecked when unary.Type == unary.Operand.Type:
                return Rewrite(unary.Operand, depth);
            case ExpressionType.Not when unary.Operand.Type == typeof(bool):
                return Expression.Not(Boolean(unary.Operand, depth));
            case ExpressionType.Negate or ExpressionType.NegateChecked when IsNumeric(unary.Operand.Type):
                return Expression.Negate(Numeric(unary.Operand, depth));
            case ExpressionType.UnaryPlus when IsNumeric(unary.Operand.Type):
                return Numeric(unary.Operand, depth);
            default:
                Rewrite(unary.Operand, depth);
                throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden,
                    $"The operation {unary.NodeType} on {unary.Operand.Type.Name} is not allowed in expressions.");
        }
    }

    private Expression RewriteBinary(BinaryExpression binary, int depth)
    {
        var left = binary.Left.Type;
        var right = binary.Right.Type;
        switch (binary.NodeType)
        {
            case ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
                or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo
                when IsNumeric(left) && IsNumeric(right):
                return Expression.MakeBinary(Unchecked(binary.NodeType), Numeric(binary.Left, depth), Numeric(binary.Right, depth));
            case ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                or ExpressionType.Equal or ExpressionType.NotEqual
                when IsNumeric(left) && IsNumeric(right):
                return Expression.MakeBinary(binary.NodeType, Numeric(binary.Left, depth), Numeric(binary.Right, depth));
            case ExpressionType.Equal or ExpressionType.NotEqual when left == typeof(string) && right == typeof(string):
                CheckChoice(binary.Left, binary.Right);
                CheckChoice(binary.Right, binary.Left);
                return Expression.MakeBinary(binary.NodeType, Rewrite(binary.Left, depth), Rewrite(binary.Right, depth));
            case ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.AndAlso or ExpressionType.OrElse
                or ExpressionType.And or ExpressionType.Or or ExpressionType.ExclusiveOr
                when left == typeof(bool) && right == typeof(bool):
                var type = binary.NodeType switch
                {
                    ExpressionType.And => ExpressionType.AndAlso,
                    ExpressionType.Or => ExpressionType.OrElse,
                    ExpressionType.ExclusiveOr => ExpressionType.NotEqual,
                    _ => binary.NodeType,
                };
                return Expression.MakeBinary(type, Boolean(binary.Left, depth), Boolean(binary.Right, depth));
            default:
                // Report what is wrong inside first: in x.GetType() == null the problem is GetType.
                Rewrite(binary.Left, depth);
                Rewrite(binary.Right, depth);
                throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden,
                    $"The operation {binary.NodeType} between {binary.Left.Type.Name} and {binary.Right.Type.Name} is not allowed in expressions"
                    + (left == typeof(string) || right == typeof(string) ? " (text can only be compared with == or !=)." : "."));
        }
    }

    // A grade compared with a text that is not one of its choices can never match: almost surely a typo.
    private void CheckChoice(Expression side, Expression other)
    {
        if (side is ParameterExpression parameter && inputs.TryGetValue(parameter, out var input) && input.Choices is { Count: > 0 } allowed
            && other is ConstantExpression { Value: string text } && !allowed.Contains(text, StringComparer.Ordinal))
        {
            throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionWrongType,
                $"\"{text}\" is not one of the choices of input \"{parameter.Name}\" ({string.Join(", ", allowed.Select(c => "\"" + c + "\""))}), so this comparison could never be true.",
                "\"" + text + "\"");
        }
    }

    private Expression RewriteConditional(ConditionalExpression conditional, int depth)
    {
        var test = Boolean(conditional.Test, depth);
        if (IsNumeric(conditional.IfTrue.Type) && IsNumeric(conditional.IfFalse.Type))
        {
            return Expression.Condition(test, Numeric(conditional.IfTrue, depth), Numeric(conditional.IfFalse, depth));
        }

        if (conditional.IfTrue.Type == conditional.IfFalse.Type && conditional.IfTrue.Type is var type && (type == typeof(bool) || type == typeof(string)))
        {
            return Expression.Condition(test, Rewrite(conditional.IfTrue, depth), Rewrite(conditional.IfFalse, depth));
        }

        throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionWrongType,
            $"Both branches of a condition must give the same kind of value (here {conditional.IfTrue.Type.Name} and {conditional.IfFalse.Type.Name}).");
    }

    private Expression RewriteCall(MethodCallExpression call, int depth)
    {
        var name = call.Method.Name;
        if (call.Object is not null && call.Object is not ParameterExpression)
        {
            Rewrite(call.Object, depth);
        }

        if (call.Method.DeclaringType != typeof(Math) || call.Object is not null || !call.Arguments.All(a => IsNumeric(a.Type)))
        {
            throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden,
                $"Calling {call.Method.DeclaringType?.Name}.{name} is not allowed; the functions allowed are {AllowedFunctions}.", name);
        }

        var args = call.Arguments;
        return (name, args.Count) switch
        {
            ("Min", 2) => Expression.Call(DecimalMin, Numeric(args[0], depth), Numeric(args[1], depth)),
            ("Max", 2) => Expression.Call(DecimalMax, Numeric(args[0], depth), Numeric(args[1], depth)),
            ("Abs", 1) => Expression.Call(DecimalAbs, Numeric(args[0], depth)),
            ("Floor", 1) => Expression.Call(DecimalFloor, Numeric(args[0], depth)),
            ("Ceiling", 1) => Expression.Call(DecimalCeiling, Numeric(args[0], depth)),
            ("Truncate", 1) => Expression.Call(DecimalTruncate, Numeric(args[0], depth)),
            ("Round", 1) => Expression.Call(DecimalRound, Numeric(args[0], depth), Expression.Constant(0), Expression.Constant(midpoint)),
            ("Round", 2) => Expression.Call(DecimalRound, Numeric(args[0], depth), Expression.Constant(Digits(args[1])), Expression.Constant(midpoint)),
            _ => throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden,
                $"Math.{name} with {args.Count} argument(s) is not allowed; the functions allowed are {AllowedFunctions}.", name),
        };
    }

    private static int Digits(Expression argument)
    {
        var value = StripConvert(argument) is ConstantExpression { Value: not null } constant
            ? Convert.ToDecimal(constant.Value, System.Globalization.CultureInfo.InvariantCulture)
            : -1m;
        if (value < 0 || value > 28 || value != decimal.Truncate(value))
        {
            throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionForbidden,
                "The number of digits of Math.Round must be a whole number from 0 to 28 written in the expression.", "Round");
        }

        return (int)value;
    }

    private static Expression StripConvert(Expression e) =>
        e is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u ? StripConvert(u.Operand) : e;

    private Expression Numeric(Expression node, int depth)
    {
        var rewritten = Rewrite(node, depth);
        if (rewritten.Type != typeof(decimal))
        {
            throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionWrongType, $"A number was expected but the expression gives {rewritten.Type.Name}.");
        }

        return rewritten;
    }

    private Expression Boolean(Expression node, int depth)
    {
        var rewritten = Rewrite(node, depth);
        if (rewritten.Type != typeof(bool))
        {
            throw new ExpressionRejectedException(RuleFileErrorCodes.ExpressionWrongType, $"A condition (true or false) was expected but the expression gives {rewritten.Type.Name}.");
        }

        return rewritten;
    }

    private static bool IsIntegral(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
        || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong);

    // The word a user may have written for a type, to point at it: int(x), Int32(x), double(x) …
    private static string TypeHint(Type type) => type == typeof(int) ? "int" : type == typeof(long) ? "long" : type == typeof(double) ? "double" : type.Name;

    private static bool IsNumeric(Type type) =>
        type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float)
        || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong);

    private static ExpressionType Unchecked(ExpressionType type) => type switch
    {
        ExpressionType.AddChecked => ExpressionType.Add,
        ExpressionType.SubtractChecked => ExpressionType.Subtract,
        ExpressionType.MultiplyChecked => ExpressionType.Multiply,
        _ => type,
    };

    private static string Describe(Expression node) => node.NodeType switch
    {
        ExpressionType.New or ExpressionType.MemberInit or ExpressionType.NewArrayInit or ExpressionType.NewArrayBounds or ExpressionType.ListInit => "\"new\" (creating objects)",
        ExpressionType.Lambda or ExpressionType.Quote or ExpressionType.Invoke => "a lambda",
        ExpressionType.TypeIs or ExpressionType.TypeAs or ExpressionType.TypeEqual => "a type test",
        ExpressionType.ArrayIndex or ExpressionType.Index => "indexing",
        _ => $"the construct {node.NodeType}",
    };

    private static MethodInfo Method(string name, params Type[] parameters) =>
        typeof(Math).GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
        ?? throw new InvalidOperationException($"Math.{name} not found.");
}
