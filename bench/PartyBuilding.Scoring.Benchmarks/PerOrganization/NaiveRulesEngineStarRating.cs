using System.Globalization;
using PartyBuilding.Scoring.Rules;
using RulesEngine.Models;

namespace PartyBuilding.Scoring.Benchmarks.PerOrganization;

/// <summary>How a criterion's points come out of the RulesEngine workflow.</summary>
public enum NaivePoints
{
    /// <summary>
    /// An <c>OutputExpression</c> action per criterion (the documented way to get a value out of a rule). RulesEngine 6.0.1
    /// caches the action's compiled expression, but finds it per call under a key built from every parameter's name and
    /// assembly-qualified type name, and boxes the parameters again for each action.
    /// </summary>
    OutputExpressionAction,

    /// <summary>
    /// The points as the rule's local parameter <c>points</c> (<c>LocalParams</c>), read back from the rule result's
    /// <c>Inputs</c>: compiled with the workflow's rules, once, with no action run per organization.
    /// </summary>
    LocalParam,
}

/// <summary>
/// The star rubric as a user of RulesEngine alone would run it: one workflow, one rule per criterion giving the criterion's
/// points (the rule file's own expression for formulas, the method written as an expression for the others) either through
/// an <c>OutputExpression</c> action or as a local parameter (<see cref="NaivePoints"/>), one rule per veto, every input
/// passed as a named <see cref="RuleParameter"/> built once per organization, and <c>ExecuteAllRulesAsync</c> once per
/// organization. Areas, rounding and bands are summed up in C# afterwards.
/// </summary>
public sealed class NaiveRulesEngineStarRating
{
    private const string PointsParam = "points";
    private const string WorkflowName = "star-rating";
    private readonly RulesEngine.RulesEngine rulesEngine;
    private readonly RuleSet ruleSet;
    private readonly Dictionary<string, (string Area, decimal AreaMax)> criteria = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VetoDefinition> vetoes = new(StringComparer.Ordinal);
    private readonly NaivePoints style;

    /// <summary>Builds the workflow from the rule set's criteria and vetoes.</summary>
    public NaiveRulesEngineStarRating(RuleSet ruleSet, NaivePoints style = NaivePoints.OutputExpressionAction)
    {
        this.ruleSet = ruleSet;
        this.style = style;
        var rules = new List<Rule>();
        foreach (var area in ruleSet.Areas)
        {
            foreach (var criterion in area.Criteria)
            {
                criteria[criterion.Id] = (area.Id, area.Max);
                rules.Add(style == NaivePoints.LocalParam
                    ? new Rule
                    {
                        RuleName = criterion.Id,
                        Expression = "true",
                        LocalParams = [new ScopedParam { Name = PointsParam, Expression = PointsExpression(criterion) }],
                    }
                    : new Rule
                    {
                        RuleName = criterion.Id,
                        Expression = "true",
                        Actions = new RuleActions
                        {
                            OnSuccess = new ActionInfo
                            {
                                Name = "OutputExpression",
                                Context = new Dictionary<string, object> { ["expression"] = PointsExpression(criterion) },
                            },
                        },
                    });
            }
        }

        foreach (var veto in ruleSet.Vetoes)
        {
            vetoes["veto:" + veto.Id] = veto;
            rules.Add(new Rule { RuleName = "veto:" + veto.Id, Expression = veto.When });
        }

        rulesEngine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = WorkflowName, Rules = rules }], new ReSettings());
    }

    /// <summary>Scores one record: builds its rule parameters and runs every rule of the workflow.</summary>
    public StarRatingScore Score(OrganizationRecord record)
    {
        var parameters = new RuleParameter[ruleSet.Inputs.Count + 1];
        parameters[0] = new RuleParameter("type", record.Type ?? string.Empty);
        for (var i = 0; i < ruleSet.Inputs.Count; i++)
        {
            var input = ruleSet.Inputs[i];
            var value = record.Values.TryGetValue(input.Id, out var given) ? given : input.Default!.Value;
            parameters[i + 1] = value.Kind switch
            {
                InputValueKind.Number => new RuleParameter(input.Id, value.Number),
                InputValueKind.Boolean => new RuleParameter(input.Id, value.Boolean),
                _ => new RuleParameter(input.Id, value.Text),
            };
        }

        var results = rulesEngine.ExecuteAllRulesAsync(WorkflowName, parameters).GetAwaiter().GetResult();
        var areas = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var revoked = false;
        var lower = 0;
        foreach (var result in results)
        {
            if (vetoes.TryGetValue(result.Rule.RuleName, out var veto))
            {
                revoked |= result.IsSuccess && veto.Action == VetoAction.Revoke;
                lower += result.IsSuccess && veto.Action == VetoAction.LowerBand ? veto.Levels!.Value : 0;
                continue;
            }

            var error = style == NaivePoints.LocalParam
                ? string.IsNullOrEmpty(result.ExceptionMessage) ? null : result.ExceptionMessage
                : result.ActionResult?.Exception?.Message;
            if (error is not null)
            {
                throw new InvalidOperationException($"{result.Rule.RuleName}: {error}");
            }

            var points = style == NaivePoints.LocalParam ? result.Inputs[PointsParam] : result.ActionResult!.Output;
            var area = criteria[result.Rule.RuleName].Area;
            areas[area] = areas.GetValueOrDefault(area) + Convert.ToDecimal(points, CultureInfo.InvariantCulture);
        }

        var total = areas.Sum(a => Math.Min(a.Value, ruleSet.Areas.First(d => d.Id == a.Key).Max));
        // This rubric has no capBand or capScore veto; a general version would apply them here.
        var score = decimal.Round(Math.Clamp(total, ruleSet.ScoreMin, ruleSet.ScoreMax), 0, MidpointRounding.AwayFromZero);
        var earned = ruleSet.Bands.First(b => b.Contains(score)).Level;
        return new StarRatingScore(score, earned, revoked ? null : Math.Max(1, earned - lower));
    }

    // The criterion's points as one Dynamic LINQ expression; decimal literals (…m) keep the arithmetic in decimal.
    private static string PointsExpression(CriterionDefinition c)
    {
        var max = c.MaxByType.Count == 0
            ? Number(c.Max)
            : string.Concat(c.MaxByType.Select(t => $"type == \"{t.Key}\" ? {Number(t.Value)} : ")) + Number(c.Max);
        max = "(" + max + ")";
        return c.Method switch
        {
            ScoringMethod.Formula => $"Math.Min(Math.Max({c.Expression}, 0m), {max})",
            ScoringMethod.Points => $"Math.Min({c.Input}, {max})",
            ScoringMethod.Check => $"({c.Input} ? {max} : Math.Min({Number(c.PointsIfNotMet)}, {max}))",
            ScoringMethod.Deduction => $"{max} - Math.Min(Math.Min({(c.DeductionCap is { } cap ? Number(cap) : max)}, {max}), {c.Input} * {Number(c.PerOccurrence)})",
            _ => "Math.Min(" + string.Concat(c.GradePoints.Select(g => $"{c.Input} == \"{g.Key}\" ? {Number(g.Value)} : ")) + $"0m, {max})",
        };
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";
}
