using System.Linq.Expressions;
using System.Reflection;
using PartyBuilding.Scoring.Expressions;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Every criterion, area and the total of one type layout compiled into one delegate over the input vector, for scoring
// without a trace: the input arrays are read once, each criterion's method is written out with its constants folded
// (a grade's points already kept within the maximum, a deduction's limit already taken), and the formulas' sandboxed
// trees are spliced in. It performs the same decimal operations in the same order, through the same operators and Math
// methods, as RecordScorer's criterion-by-criterion path, so every area subtotal and total is the same to the last digit
// and scale. Whatever that path would report as a rejection (a formula dividing by zero, points above the maximum
// under pointsOutOfRange "reject") makes the delegate throw, and the scorer then takes the criterion-by-criterion path,
// which rejects with the criterion named.
internal sealed class SplicedCriteria
{
    private static readonly MethodInfo Min = typeof(Math).GetMethod(nameof(Math.Min), [typeof(decimal), typeof(decimal)])!;
    private static readonly MethodInfo Max = typeof(Math).GetMethod(nameof(Math.Max), [typeof(decimal), typeof(decimal)])!;
    private static readonly MethodInfo Clamp = typeof(Math).GetMethod(nameof(Math.Clamp), [typeof(decimal), typeof(decimal), typeof(decimal)])!;
    private static readonly MethodInfo Round = typeof(decimal).GetMethod(nameof(decimal.Round), [typeof(decimal), typeof(int), typeof(MidpointRounding)])!;
    private static readonly ConstructorInfo Fallback = typeof(FallbackRequired).GetConstructor(Type.EmptyTypes)!;

    private readonly Func<InputVector, decimal[], decimal> evaluate;

    private SplicedCriteria(Func<InputVector, decimal[], decimal> evaluate, int areas)
    {
        this.evaluate = evaluate;
        AreaCount = areas;
    }

    public int AreaCount { get; }

    // Writes each area's points into `areas` (file order) and returns the total; false when the criterion-by-criterion
    // path must score this record (it then rejects it with the reason, or scores it).
    public bool TryScore(InputVector inputs, decimal[] areas, out decimal total)
    {
        try
        {
            total = evaluate(inputs, areas);
            return true;
        }
        catch (Exception ex) when (ex is ArithmeticException or FallbackRequired)
        {
            total = 0m;
            return false;
        }
    }

    public static SplicedCriteria Build(ScoringPlan plan, ScoringPlan.TypeLayout layout)
    {
        var ruleSet = plan.RuleSet;
        var rounding = ruleSet.Rounding;
        var vector = Expression.Parameter(typeof(InputVector), "inputs");
        var areaPoints = Expression.Parameter(typeof(decimal[]), "areas");
        var numbers = Expression.Variable(typeof(decimal[]), "numbers");
        var flags = Expression.Variable(typeof(bool[]), "flags");
        var texts = Expression.Variable(typeof(string[]), "texts");
        var total = Expression.Variable(typeof(decimal), "total");
        var regular = Expression.Variable(typeof(decimal), "regular");
        var extra = Expression.Variable(typeof(decimal), "extra");
        var points = Expression.Variable(typeof(decimal), "points");
        var arrays = new Arrays(numbers, flags, texts);
        var body = new List<Expression>
        {
            Expression.Assign(numbers, Expression.Property(vector, nameof(InputVector.Numbers))),
            Expression.Assign(flags, Expression.Property(vector, nameof(InputVector.Flags))),
            Expression.Assign(texts, Expression.Property(vector, nameof(InputVector.Texts))),
            Expression.Assign(total, Expression.Constant(0m)),
        };
        for (var a = 0; a < layout.Areas.Length; a++)
        {
            var area = layout.Areas[a];
            // An area with no bonus or penalty item adds no `extra`: x + 0m is x to the bit (value, scale and sign), so
            // leaving the addition out changes nothing but the time.
            var hasExtra = area.Criteria.Any(c => c.Definition.Kind != CriterionKind.Regular);
            body.Add(Expression.Assign(regular, Expression.Constant(0m)));
            if (hasExtra)
            {
                body.Add(Expression.Assign(extra, Expression.Constant(0m)));
            }

            foreach (var criterion in area.Criteria)
            {
                var target = criterion.Definition.Kind == CriterionKind.Regular ? regular : extra;
                body.Add(Expression.AddAssign(target, Rounded(rounding, RoundingStage.Criterion, Points(plan, criterion, arrays))));
            }

            // As RecordScorer: max(0, (deduction area ? max : min(regular, max)) + extra), then the cap, then rounding.
            Expression kept = area.IsDeductionArea ? Expression.Constant(area.Max) : Expression.Call(Min, regular, Expression.Constant(area.Max));
            Expression subtotal = Expression.Call(Max, Expression.Constant(0m), hasExtra ? Expression.Add(kept, extra) : kept);
            if (area.Definition.Cap is { } cap)
            {
                subtotal = Expression.Call(Min, subtotal, Expression.Constant(cap));
            }

            body.Add(Expression.Assign(points, Rounded(rounding, RoundingStage.Area, subtotal)));
            body.Add(Expression.Assign(Expression.ArrayAccess(areaPoints, Expression.Constant(a)), points));
            body.Add(Expression.AddAssign(total, points));
        }

        body.Add(Rounded(rounding, RoundingStage.Total,
            Expression.Call(Clamp, total, Expression.Constant(ruleSet.ScoreMin), Expression.Constant(ruleSet.ScoreMax))));
        var block = Expression.Block(typeof(decimal), [numbers, flags, texts, total, regular, extra, points], body);
        var lambda = Expression.Lambda<Func<InputVector, decimal[], decimal>>(block, vector, areaPoints);
        return new SplicedCriteria(lambda.Compile(), layout.Areas.Length);
    }

    // One criterion's points before criterion rounding, as RecordScorer.Points computes them.
    private static Expression Points(ScoringPlan plan, ScoringPlan.PlannedCriterion planned, Arrays arrays)
    {
        var criterion = planned.Definition;
        var max = planned.Max;
        if (criterion.Method == ScoringMethod.Formula)
        {
            var formula = planned.Formula!.Lambda;
            var spliced = new InputReads(formula.Parameters[0], arrays).Visit(formula.Body);
            return Expression.Call(Clamp, spliced, Expression.Constant(0m), Expression.Constant(max));
        }

        var index = Expression.Constant(planned.InputIndex);
        var number = Expression.ArrayIndex(arrays.Numbers, index);
        switch (criterion.Method)
        {
            case ScoringMethod.Points when plan.RuleSet.RejectPointsAboveMax:
                return Expression.Condition(Expression.GreaterThan(number, Expression.Constant(max)), FallbackThrow(),
                    Expression.Call(Min, number, Expression.Constant(max)));
            case ScoringMethod.Points:
                return Expression.Call(Min, number, Expression.Constant(max));
            case ScoringMethod.Check:
                return Expression.Condition(Expression.ArrayIndex(arrays.Flags, index),
                    Expression.Constant(max), Expression.Constant(Math.Min(criterion.PointsIfNotMet, max)));
            case ScoringMethod.Deduction:
                var deducted = Expression.Call(Min, Expression.Constant(Math.Min(criterion.DeductionCap ?? max, max)),
                    Expression.Multiply(number, Expression.Constant(criterion.PerOccurrence)));
                return criterion.Kind == CriterionKind.Penalty ? Expression.Negate(deducted) : Expression.Subtract(Expression.Constant(max), deducted);
            default:
                var text = Expression.ArrayIndex(arrays.Texts, index);
                Expression chosen = FallbackThrow();
                foreach (var (grade, gradePoints) in criterion.GradePoints.Reverse())
                {
                    chosen = Expression.Condition(Expression.Equal(text, Expression.Constant(grade)), Expression.Constant(Math.Min(gradePoints, max)), chosen);
                }

                return chosen;
        }
    }

    private static Expression Rounded(RoundingPolicy rounding, RoundingStage stage, Expression value) =>
        (rounding.AppliesTo & stage) != 0
            ? Expression.Call(Round, value, Expression.Constant(rounding.Decimals), Expression.Constant(rounding.Mode))
            : value;

    private static UnaryExpression FallbackThrow() => Expression.Throw(Expression.New(Fallback), typeof(decimal));

    private sealed record Arrays(ParameterExpression Numbers, ParameterExpression Flags, ParameterExpression Texts);

    // Rewrites a formula's reads of inputs.Numbers[i] (…Flags, …Texts) to the arrays read once at the top of the delegate.
    private sealed class InputReads(ParameterExpression formulaVector, Arrays arrays) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression == formulaVector
                ? node.Member.Name switch
                {
                    nameof(InputVector.Numbers) => arrays.Numbers,
                    nameof(InputVector.Flags) => arrays.Flags,
                    nameof(InputVector.Texts) => arrays.Texts,
                    _ => throw new InvalidOperationException($"A formula reads InputVector.{node.Member.Name}."),
                }
                : base.VisitMember(node);

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == formulaVector ? throw new InvalidOperationException("A formula reads the input vector other than through its arrays.") : node;
    }

    // Thrown inside the delegate where the criterion-by-criterion path would reject the record.
    private sealed class FallbackRequired : Exception;
}
