using PartyBuilding.Scoring.Expressions;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// The rule set laid out for scoring: inputs by index, and for each organization type (index) the areas and
// criteria that apply with their effective maxima. Built once per engine; read-only afterwards.
internal sealed class ScoringPlan
{
    public ScoringPlan(RuleSet ruleSet)
    {
        RuleSet = ruleSet;
        Inputs = [.. ruleSet.Inputs];
        InputIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Inputs.Length; i++)
        {
            InputIndex[Inputs[i].Id] = i;
        }

        TypeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < ruleSet.Categories.Count; t++)
        {
            TypeIndex[ruleSet.Categories[t].Id] = t;
        }

        // One layout per declared type, plus one (the last) for records without categories.
        var typeNames = ruleSet.Categories.Select(c => (string?)c.Id).Append(null).ToArray();
        Layouts = [.. typeNames.Select((type, index) => new TypeLayout(ruleSet, type, index, InputIndex))];
        Vetoes = [.. ruleSet.Vetoes.Select(v => new CompiledVeto(v, ruleSet.Conditions[v.Id]))];
        VetoInputs = [.. Vetoes.SelectMany(v => v.Condition.InputsRead).Distinct().Order()];
    }

    public RuleSet RuleSet { get; }

    public InputDefinition[] Inputs { get; }

    public Dictionary<string, int> InputIndex { get; }

    public Dictionary<string, int> TypeIndex { get; }

    public TypeLayout[] Layouts { get; }

    public CompiledVeto[] Vetoes { get; }

    public int[] VetoInputs { get; }

    public TypeLayout LayoutFor(string? type) =>
        type is not null && TypeIndex.TryGetValue(type, out var index) ? Layouts[index] : Layouts[^1];

    internal sealed record CompiledVeto(VetoDefinition Definition, CompiledExpression<bool> Condition);

    internal sealed class TypeLayout
    {
        public TypeLayout(RuleSet ruleSet, string? type, int index, Dictionary<string, int> inputIndex)
        {
            Type = type;
            Index = index;
            Areas = [.. ruleSet.Areas.Where(a => Applies(a.AppliesTo, type)).Select(a => new PlannedArea(
                a, MaxFor(a.Max, a.MaxByType, type),
                [.. a.Criteria.Where(c => Applies(c.AppliesTo, type)).Select(c => new PlannedCriterion(
                    c, MaxFor(c.Max, c.MaxByType, type),
                    c.Input is null ? -1 : inputIndex[c.Input],
                    ruleSet.Formulas.GetValueOrDefault(c.Id),
                    new MessageTemplate(c.Message)))]))];
            Bands = ruleSet.BandsFor(type);
            CriteriaInputs = [.. Areas.SelectMany(a => a.Criteria)
                .SelectMany(c => c.Formula?.InputsRead ?? (c.InputIndex >= 0 ? [c.InputIndex] : []))
                .Distinct().Order()];
        }

        public string? Type { get; }

        // The layout's position in ScoringPlan.Layouts, for per-layout arrays.
        public int Index { get; }

        public PlannedArea[] Areas { get; }

        public IReadOnlyList<BandDefinition> Bands { get; }

        public int[] CriteriaInputs { get; }

        private static bool Applies(IReadOnlyList<string> appliesTo, string? type) =>
            appliesTo.Count == 0 || (type is not null && appliesTo.Contains(type, StringComparer.Ordinal));

        private static decimal MaxFor(decimal max, IReadOnlyDictionary<string, decimal> byType, string? type) =>
            type is not null && byType.TryGetValue(type, out var value) ? value : max;
    }

    internal sealed record PlannedArea(AreaDefinition Definition, decimal Max, PlannedCriterion[] Criteria)
    {
        // 扣分制: no regular criteria and at least one penalty. Such an area starts at its max; bonus items still add on top
        // (up to the area's cap). A bonus-only area has nothing to deduct from and starts at 0.
        public bool IsDeductionArea { get; } =
            Criteria.Any(c => c.Definition.Kind == CriterionKind.Penalty) && !Criteria.Any(c => c.Definition.Kind == CriterionKind.Regular);
    }

    internal sealed record PlannedCriterion(
        CriterionDefinition Definition, decimal Max, int InputIndex, CompiledExpression<decimal>? Formula, MessageTemplate Message);
}
