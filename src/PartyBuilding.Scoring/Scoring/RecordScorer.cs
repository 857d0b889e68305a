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

    // One immutable BandResult per band, shared by every result (a large batch holds two per organization).
    // Keyed by the band itself (reference), not its value: the bands are the rule set's own instances, and a record's hash
    // over every field of a band was a measurable part of scoring one organization.
    private readonly Dictionary<BandDefinition, BandResult> bandResults =
        plan.Layouts.SelectMany(l => l.Bands).Distinct(ReferenceEqualityComparer.Instance).Cast<BandDefinition>().ToDictionary<BandDefinition, BandDefinition, BandResult>(b => b, ToResult, ReferenceEqualityComparer.Instance);

    // Scoring without a trace runs each layout's criteria as one compiled delegate, built the first time the layout is scored.
    // By layout index (ScoringPlan.TypeLayout.Index).
    private readonly Lazy<SplicedCriteria>[] spliced =
        [.. plan.Layouts.Select(l => new Lazy<SplicedCriteria>(() => SplicedCriteria.Build(plan, l)))];

    // The spliced delegate writes area subtotals here before they become AreaScores: one buffer per thread, no allocation per record.
    [ThreadStatic]
    private static decimal[]? areaBuffer;

    // `on`: the date scored for (an inspection's date); criteria that take effect later are left out. Null: all criteria.
    // `withTrace`: false builds no trace line (no message formatting, no input list) and returns an empty trace;
    // the score, areas, vetoes and bands are the same.
    public ScoreResult Score(BoundRecord bound, DateOnly? on = null, bool withTrace = true)
    {
        var ruleSet = plan.RuleSet;
        var rounding = ruleSet.Rounding;
        var trace = withTrace ? new List<TraceLine>() : null;
        var reviews = ruleSet.Reviews.Count == 0 ? null : new List<ReviewScore>(ruleSet.Reviews.Count);
        IReadOnlyList<AreaScore> areaScores;
        decimal? total = null;
        decimal final;
        if (ruleSet.Reviews.Count == 0 && !withTrace && on is null && ScoreSpliced(bound.Own, bound.Layout, null, out var splicedAreas) is { } splicedTotal)
        {
            // The usual record without a trace: the areas are the spliced delegate's array, no list.
            areaScores = splicedAreas;
            total = splicedTotal;
            final = splicedTotal;
        }
        else if (ruleSet.Reviews.Count == 0)
        {
            var areas = new List<AreaScore>(bound.Layout.Areas.Length);
            total = ScoreCriteria(bound.Own, bound.Layout, null, areas, trace, on);
            final = total.Value;
            areaScores = areas;
        }
        else
        {
            var areas = new List<AreaScore>(bound.Layout.Areas.Length * ruleSet.Reviews.Count);
            areaScores = areas;
            final = 0m;
            for (var s = 0; s < ruleSet.Reviews.Count; s++)
            {
                var source = ruleSet.Reviews[s];
                var score = source.Supplies == ReviewSupply.Score
                    ? bound.SourceScores[s]
                    : ScoreCriteria(bound.Sources[s]!, bound.Layout, source.Id, areas, trace, on);
                var weighted = source.Weight * score;
                reviews!.Add(new ReviewScore(source.Id, source.Title, source.Supplies, source.Weight, score, weighted));
                final += weighted;
            }
        }

        final = rounding.Apply(final, RoundingStage.Final);
        var bands = bound.Layout.Bands;
        var earned = BandOf(bands, final);
        List<AppliedVeto>? vetoes = null;
        int? maxLevel = null;
        var lowerBy = 0;
        var revoked = false;
        foreach (var veto in plan.Vetoes)
        {
            if (!Evaluate(veto.Condition, bound.Own, "veto", veto.Definition.Id))
            {
                continue;
            }

            var definition = veto.Definition;
            (vetoes ??= []).Add(new AppliedVeto(definition.Id, definition.Title, definition.Action, definition.Message));
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
            Band = revoked ? null : Shared(band),
            BandBeforeVetoes = Shared(earned),
            Areas = areaScores,
            Reviews = reviews is null || reviews.Count == 0 ? [] : reviews,
            Vetoes = vetoes ?? (IReadOnlyList<AppliedVeto>)[],
            Trace = trace ?? (IReadOnlyList<TraceLine>)[],
        };
    }

    private decimal ScoreCriteria(InputVector inputs, ScoringPlan.TypeLayout layout, string? source, List<AreaScore> areas, List<TraceLine>? trace, DateOnly? on)
    {
        var ruleSet = plan.RuleSet;
        var rounding = ruleSet.Rounding;
        if (trace is null && on is null && ScoreSpliced(inputs, layout, source, out var splicedAreas) is { } spliceTotal)
        {
            areas.AddRange(splicedAreas);
            return spliceTotal;
        }

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

                decimal criterionPoints;
                if (trace is null)
                {
                    criterionPoints = Points(criterion, inputs);
                }
                else
                {
                    var line = ScoreCriterion(criterion, inputs, source, area.Definition.Id);
                    trace.Add(line);
                    criterionPoints = line.Points;
                }

                if (criterion.Definition.Kind == CriterionKind.Regular)
                {
                    regular += criterionPoints;
                }
                else
                {
                    extra += criterionPoints;
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

    // The criteria through the layout's one compiled delegate; null when the criterion-by-criterion path must score them.
    private decimal? ScoreSpliced(InputVector inputs, ScoringPlan.TypeLayout layout, string? source, out AreaScore[] areas)
    {
        var kernel = spliced[layout.Index].Value;
        var buffer = areaBuffer is { } existing && existing.Length >= kernel.AreaCount ? existing : areaBuffer = new decimal[kernel.AreaCount];
        if (!kernel.TryScore(inputs, buffer, out var total))
        {
            areas = [];
            return null;
        }

        areas = new AreaScore[layout.Areas.Length];
        for (var a = 0; a < areas.Length; a++)
        {
            var area = layout.Areas[a];
            areas[a] = new AreaScore(source, area.Definition.Id, area.Definition.Title, buffer[a], area.Max);
        }

        return total;
    }

    // The points of one criterion without its trace line: the same arithmetic as ScoreCriterion, none of the text.
    private decimal Points(ScoringPlan.PlannedCriterion planned, InputVector inputs)
    {
        var criterion = planned.Definition;
        var max = planned.Max;
        decimal points;
        if (criterion.Method == ScoringMethod.Formula)
        {
            points = Math.Clamp(Evaluate(planned.Formula!, inputs, "criterion", criterion.Id), 0m, max);
        }
        else
        {
            var given = inputs.Get(planned.InputIndex, plan.Inputs[planned.InputIndex].Type);
            points = criterion.Method switch
            {
                ScoringMethod.Points when given.Number > max && plan.RuleSet.RejectPointsAboveMax => throw AboveMax(criterion, given.ToString(), max),
                ScoringMethod.Points => Math.Min(given.Number, max),
                ScoringMethod.Check => given.Boolean ? max : Math.Min(criterion.PointsIfNotMet, max),
                ScoringMethod.Deduction => Deducted(criterion, given, max, out _, out _),
                _ => Math.Min(criterion.GradePoints[given.Text], max),
            };
        }

        return plan.RuleSet.Rounding.Apply(points, RoundingStage.Criterion);
    }

    private static decimal Deducted(CriterionDefinition criterion, InputValue given, decimal max, out decimal deducted, out string? note)
    {
        var limit = Math.Min(criterion.DeductionCap ?? max, max);
        var wanted = given.Number * criterion.PerOccurrence;
        deducted = Math.Min(limit, wanted);
        note = wanted > limit ? $"{DecimalText.Format(wanted)} to deduct; capped at {DecimalText.Format(limit)}" : null;
        return criterion.Kind == CriterionKind.Penalty ? -deducted : max - deducted;
    }

    private static RecordScoringException AboveMax(CriterionDefinition criterion, string value, decimal max) =>
        new(RecordRejectionCodes.PointsAboveMax,
            $"criterion \"{criterion.Id}\" ({criterion.Title}) is given {value} points, more than its maximum {DecimalText.Format(max)}.");

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
            used = new TraceInput[formula.InputsRead.Count];
            for (var i = 0; i < used.Length; i++)
            {
                var index = formula.InputsRead[i];
                used[i] = new TraceInput(plan.Inputs[index].Id, inputs.Get(index, plan.Inputs[index].Type));
            }

            var raw = Evaluate(formula, inputs, "criterion", criterion.Id);
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
                            throw AboveMax(criterion, value, max);
                        }

                        note = $"{value} entered; clamped to the maximum {DecimalText.Format(max)}";
                        points = max;
                    }

                    break;
                case ScoringMethod.Check:
                    points = given.Boolean ? max : Math.Min(criterion.PointsIfNotMet, max);
                    break;
                case ScoringMethod.Deduction:
                    points = Deducted(criterion, given, max, out deducted, out note);
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

    // `what` and `id` name the expression in a rejection ("criterion \"x\""); the text is built only when it fails.
    private static T Evaluate<T>(CompiledExpression<T> expression, InputVector inputs, string what, string id)
    {
        try
        {
            return expression.Evaluate(inputs);
        }
        catch (Exception ex) when (ex is ArithmeticException)
        {
            var reason = ex is DivideByZeroException ? "it divides by zero" : "a number grew beyond the range of decimal";
            throw new RecordScoringException(RecordRejectionCodes.EvaluationFailed,
                $"{what} \"{id}\" could not be evaluated for this record: {reason} (expression: {expression.Text}).");
        }
    }

    internal static BandDefinition BandOf(IReadOnlyList<BandDefinition> bands, decimal score)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].Contains(score))
            {
                return bands[i];
            }
        }

        throw new RecordScoringException(RecordRejectionCodes.EvaluationFailed, $"the score {DecimalText.Format(score)} falls in no band.");
    }

    // The highest band at or below `level`; the lowest band when none is (a band lowered below the bottom stays at the bottom).
    internal static BandDefinition AtOrBelow(IReadOnlyList<BandDefinition> bands, int level)
    {
        BandDefinition? best = null;
        var lowest = bands[0];
        foreach (var band in bands)
        {
            if (band.Level <= level && (best is null || band.Level > best.Level))
            {
                best = band;
            }

            if (band.Level < lowest.Level)
            {
                lowest = band;
            }
        }

        return best ?? lowest;
    }

    internal static BandResult ToResult(BandDefinition band) => new(band.Id, band.Label, band.Level);

    private BandResult Shared(BandDefinition band) => bandResults.TryGetValue(band, out var shared) ? shared : ToResult(band);
}

internal sealed class RecordScoringException(string code, string reason) : Exception(reason)
{
    public string Code { get; } = code;
}
