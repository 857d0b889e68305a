using PartyBuilding.Scoring.Expressions;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// Scores one bound record: criteria → areas → totals → reviews → composite → vetoes → band, writing one
// trace line per criterion. Throws RecordScoringException for a record-level failure (e.g. a formula that
// divides by zero for this record); the engine turns it into a rejection.
internal sealed class RecordScorer(ScoringPlan plan)
{
    // Messages show numbers with the rule set's decimals, and at least 2, so 1/3 reads 0.33.
    private readonly int messageDecimals = Math.Max(plan.RuleSet.Rounding.Decimals, 2);

    // `on`: the date scored for (an inspection's date); criteria that take effect later are left out. Null: all criteria.
    public ScoreResult Score(BoundRecord bound, DateOnly? on = null)
    {
        var ruleSet = plan.RuleSet;
        var rounding = ruleSet.Rounding;
        var areas = new List<AreaScore>();
        var trace = new List<TraceLine>();
        var reviews = new List<ReviewScore>(ruleSet.Reviews.Count);
        decimal? total = null;
        decimal final;
        if (ruleSet.Reviews.Count == 0)
        {
            total = ScoreCriteria(bound.Own, bound.Layout, null, areas, trace, on);
            final = total.Value;
        }
        else
        {
            final = 0m;
            for (var s = 0; s < ruleSet.Reviews.Count; s++)
            {
                var source = ruleSet.Reviews[s];
                var score = source.Supplies == ReviewSupply.Score
                    ? bound.SourceScores[s]
                    : ScoreCriteria(bound.Sources[s]!, bound.Layout, source.Id, areas, trace, on);
                var weighted = source.Weight * score;
                reviews.Add(new ReviewScore(source.Id, source.Title, source.Supplies, source.Weight, score, weighted));
                final += weighted;
            }
        }

        final = rounding.Apply(final, RoundingStage.Final);
        var bands = bound.Layout.Bands;
        var earned = BandOf(bands, final);
        var vetoes = new List<AppliedVeto>();
        int? maxLevel = null;
        var lowerBy = 0;
        var revoked = false;
        foreach (var veto in plan.Vetoes)
        {
            if (!Evaluate(veto.Condition, bound.Own, $"veto \"{veto.Definition.Id}\""))
            {
                continue;
            }

            var definition = veto.Definition;
            vetoes.Add(new AppliedVeto(definition.Id, definition.Title, definition.Action, definition.Message));
            switch (definition.Action)
            {
                case VetoAction.CapScore:
                    final = Math.Min(final, definition.MaxScore!.Value);
                    break;
                case VetoAction.CapBand:
                    maxLevel = Math.Min(maxLevel ?? int.MaxValue, definition.MaxLevel!.Value);
                    break;
                case VetoAction.LowerBand:
                    lowerBy += definition.Levels!.Value;
                    break;
                default:
                    revoked = true;
                    break;
            }
        }

        var band = BandOf(bands, final);
        if (maxLevel is { } cap && band.Level > cap)
        {
            band = AtOrBelow(bands, cap);
        }

        if (lowerBy > 0)
        {
            band = AtOrBelow(bands, band.Level - lowerBy);
        }

        var record = bound.Record;
        return new ScoreResult
        {
            RuleSet = ruleSet.Identity,
            Id = record.Id,
            Name = record.Name,
            Type = record.Type,
            Parent = record.Parent,
            Score = final,
            Total = total,
            Band = revoked ? null : ToResult(band),
            BandBeforeVetoes = ToResult(earned),
            Areas = areas,
            Reviews = reviews,
            Vetoes = vetoes,
            Trace = trace,
        };
    }

    private decimal ScoreCriteria(InputVector inputs, ScoringPlan.TypeLayout layout, string? source, List<AreaScore> areas, List<TraceLine> trace, DateOnly? on)
    {
        var ruleSet = plan.RuleSet;
        var rounding = ruleSet.Rounding;
        var total = 0m;
        foreach (var area in layout.Areas)
        {
            var regular = 0m;
            var extra = 0m;
            foreach (var criterion in area.Criteria)
            {
                if (on is { } date && criterion.Definition.EffectiveFrom > date)
                {
                    continue;
                }

                var line = ScoreCriterion(criterion, inputs, source, area.Definition.Id);
                trace.Add(line);
                if (criterion.Definition.Kind == CriterionKind.Regular)
                {
                    regular += line.Points;
                }
                else
                {
                    extra += line.Points;
                }
            }

            // A deduction area (扣分制: penalties and no regular criteria, e.g. an inspection area) starts at its max, loses what
            // the penalties take and gains what bonus items add; the cap below limits it as in any other area.
            var points = Math.Max(0m, (area.IsDeductionArea ? area.Max : Math.Min(regular, area.Max)) + extra);
            if (area.Definition.Cap is { } cap)
            {
                points = Math.Min(points, cap);
            }

            points = rounding.Apply(points, RoundingStage.Area);
            areas.Add(new AreaScore(source, area.Definition.Id, area.Definition.Title, points, area.Max));
            total += points;
        }

        total = Math.Clamp(total, ruleSet.ScoreMin, ruleSet.ScoreMax);
        return rounding.Apply(total, RoundingStage.Total);
    }

    private TraceLine ScoreCriterion(ScoringPlan.PlannedCriterion planned, InputVector inputs, string? source, string areaId)
    {
        var criterion = planned.Definition;
        var max = planned.Max;
        string? note = null;
        string? value = null;
        var deducted = 0m;
        decimal points;
        TraceInput[] used;
        if (criterion.Method == ScoringMethod.Formula)
        {
            var formula = planned.Formula!;
            used = [.. formula.InputsRead.Select(i => new TraceInput(plan.Inputs[i].Id, inputs.Get(i, plan.Inputs[i].Type)))];
            var raw = Evaluate(formula, inputs, $"criterion \"{criterion.Id}\"");
            points = Math.Clamp(raw, 0m, max);
            if (points != raw)
            {
                note = $"formula gave {DecimalText.Format(raw)}; kept within 0 to {DecimalText.Format(max)}";
            }
        }
        else
        {
            var input = plan.Inputs[planned.InputIndex];
            var given = inputs.Get(planned.InputIndex, input.Type);
            used = [new TraceInput(input.Id, given)];
            value = given.ToString();
            switch (criterion.Method)
            {
                case ScoringMethod.Points:
                    points = given.Number;
                    if (points > max)
                    {
                        if (plan.RuleSet.RejectPointsAboveMax)
                        {
                            throw new RecordScoringException(RecordRejectionCodes.PointsAboveMax,
                                $"criterion \"{criterion.Id}\" ({criterion.Title}) is given {value} points, more than its maximum {DecimalText.Format(max)}.");
                        }

                        note = $"{value} entered; clamped to the maximum {DecimalText.Format(max)}";
                        points = max;
                    }

                    break;
                case ScoringMethod.Check:
                    points = given.Boolean ? max : Math.Min(criterion.PointsIfNotMet, max);
                    break;
                case ScoringMethod.Deduction:
                    var limit = Math.Min(criterion.DeductionCap ?? max, max);
                    var wanted = given.Number * criterion.PerOccurrence;
                    deducted = Math.Min(limit, wanted);
                    if (wanted > limit)
                    {
                        note = $"{DecimalText.Format(wanted)} to deduct; capped at {DecimalText.Format(limit)}";
                    }

                    points = criterion.Kind == CriterionKind.Penalty ? -deducted : max - deducted;
                    break;
                default:
                    var table = criterion.GradePoints[given.Text];
                    points = Math.Min(table, max);
                    if (points != table)
                    {
                        note = $"grade gives {DecimalText.Format(table)}; kept within the maximum {DecimalText.Format(max)}";
                    }

                    break;
            }
        }

        points = plan.RuleSet.Rounding.Apply(points, RoundingStage.Criterion);
        if (criterion.Kind != CriterionKind.Penalty && criterion.Method != ScoringMethod.Deduction)
        {
            deducted = max - points;
        }

        return new TraceLine(source, areaId, criterion.Id, criterion.Title, criterion.Kind, criterion.Method, points, max, used,
            planned.Message.Format(value, points, max, deducted, messageDecimals), note);
    }

    private static T Evaluate<T>(CompiledExpression<T> expression, InputVector inputs, string what)
    {
        try
        {
            return expression.Evaluate(inputs);
        }
        catch (Exception ex) when (ex is ArithmeticException)
        {
            var reason = ex is DivideByZeroException ? "it divides by zero" : "a number grew beyond the range of decimal";
            throw new RecordScoringException(RecordRejectionCodes.EvaluationFailed,
                $"{what} could not be evaluated for this record: {reason} (expression: {expression.Text}).");
        }
    }

    internal static BandDefinition BandOf(IReadOnlyList<BandDefinition> bands, decimal score) =>
        bands.FirstOrDefault(b => b.Contains(score))
        ?? throw new RecordScoringException(RecordRejectionCodes.EvaluationFailed, $"the score {DecimalText.Format(score)} falls in no band.");

    internal static BandDefinition AtOrBelow(IReadOnlyList<BandDefinition> bands, int level) =>
        bands.Where(b => b.Level <= level).MaxBy(b => b.Level) ?? bands.MinBy(b => b.Level)!;

    internal static BandResult ToResult(BandDefinition band) => new(band.Id, band.Label, band.Level);
}

internal sealed class RecordScoringException(string code, string reason) : Exception(reason)
{
    public string Code { get; } = code;
}
