using System.Linq.Expressions;
using System.Reflection;

namespace PartyBuilding.Scoring.Expressions;

// Folds the parts of a sandboxed tree that read no input into constants once at load, so a record pays only for the
// arithmetic that depends on it: "(a - 80) * (0.3 * 2)" keeps one multiplication by 0.6. A folded value is computed by
// the very operator or Math method the delegate would call, so results are the same to the last digit and scale.
// Nothing that could fail for every record is folded (1 / 0 stays, and so still rejects each record with its reason),
// and no branch that is evaluated at run time is dropped: only "false && x", "true || x" and "c ? a : b" with a constant c.
internal sealed class ConstantFolder : ExpressionVisitor
{
    private static readonly ConstantFolder Instance = new();

    public static Expression Fold(Expression body) => Instance.Visit(body);

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var left = Visit(node.Left);
        if (left is ConstantExpression { Value: bool shortCut }
            && ((node.NodeType == ExpressionType.AndAlso && !shortCut) || (node.NodeType == ExpressionType.OrElse && shortCut)))
        {
            return left;
        }

        var right = Visit(node.Right);
        var rebuilt = node.Update(left, node.Conversion, right);
        if (left is not ConstantExpression l || right is not ConstantExpression r)
        {
            return rebuilt;
        }

        if (rebuilt.Method is { IsStatic: true } method)
        {
            return Invoke(method, rebuilt, l.Value, r.Value);
        }

        return (rebuilt.NodeType, l.Value, r.Value) switch
        {
            (ExpressionType.AndAlso, bool a, bool b) => Expression.Constant(a && b),
            (ExpressionType.OrElse, bool a, bool b) => Expression.Constant(a || b),
            (ExpressionType.Equal, bool a, bool b) => Expression.Constant(a == b),
            (ExpressionType.NotEqual, bool a, bool b) => Expression.Constant(a != b),
            _ => rebuilt,
        };
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var operand = Visit(node.Operand);
        var rebuilt = node.Update(operand);
        return operand switch
        {
            ConstantExpression { Value: bool b } when rebuilt.NodeType == ExpressionType.Not => Expression.Constant(!b),
            ConstantExpression c when rebuilt.Method is { IsStatic: true } method => Invoke(method, rebuilt, c.Value),
            _ => rebuilt,
        };
    }

    protected override Expression VisitConditional(ConditionalExpression node)
    {
        var test = Visit(node.Test);
        return test is ConstantExpression { Value: bool taken }
            ? Visit(taken ? node.IfTrue : node.IfFalse)
            : node.Update(test, Visit(node.IfTrue), Visit(node.IfFalse));
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var arguments = Visit(node.Arguments);
        var rebuilt = node.Update(node.Object, arguments);
        return node.Object is null && arguments.All(a => a is ConstantExpression)
            ? Invoke(node.Method, rebuilt, [.. arguments.Select(a => ((ConstantExpression)a).Value)])
            : rebuilt;
    }

    // The value the node would give, or the node itself when computing it fails (division by zero, overflow).
    private static Expression Invoke(MethodInfo method, Expression node, params object?[] arguments)
    {
        try
        {
            return Expression.Constant(method.Invoke(null, arguments), node.Type);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ArithmeticException)
        {
            return node;
        }
    }
}
