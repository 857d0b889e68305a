namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// A validated rule set: the read-only model of a rule file. Obtain one from
/// <see cref="ScoringEngine.RuleSet"/>; everything in it has passed validation.
/// </summary>
public sealed class RuleSet
{
    internal RuleSet(
        RuleSetIdentity identity, string title, DateOnly effectiveFrom, string? description, string? source,
        decimal scoreMin, decimal scoreMax, bool rejectPointsAboveMax, RoundingPolicy rounding,
        IReadOnlyList<CategoryDefinition> categories, IReadOnlyList<InputDefinition> inputs,
        IReadOnlyList<AreaDefinition> areas, IReadOnlyList<ReviewSourceDefinition> reviews,
        IReadOnlyList<BandDefinition> bands, IReadOnlyDictionary<string, IReadOnlyList<BandDefinition>> bandsByType,
        IReadOnlyList<VetoDefinition> vetoes,
        IReadOnlyDictionary<string, Expressions.CompiledExpression<decimal>> formulas,
        IReadOnlyDictionary<string, Expressions.CompiledExpression<bool>> conditions)
    {
        Formulas = formulas;
        Conditions = conditions;
        Identity = identity;
        Title = title;
        EffectiveFrom = effectiveFrom;
        Description = description;
        Source = source;
        ScoreMin = scoreMin;
        ScoreMax = scoreMax;
        RejectPointsAboveMax = rejectPointsAboveMax;
        Rounding = rounding;
        Categories = categories;
        Inputs = inputs;
        Areas = areas;
        Reviews = reviews;
        Bands = bands;
        BandsByType = bandsByType;
        Vetoes = vetoes;
    }

    /// <summary>Id, version and content hash.</summary>
    public RuleSetIdentity Identity { get; }

    /// <summary>Display title.</summary>
    public string Title { get; }

    /// <summary>The date the rules take effect.</summary>
    public DateOnly EffectiveFrom { get; }

    /// <summary>Free description, including which numbers are local choices.</summary>
    public string? Description { get; }

    /// <summary>The regulation the rules come from.</summary>
    public string? Source { get; }

    /// <summary>Lowest possible score.</summary>
    public decimal ScoreMin { get; }

    /// <summary>Highest possible score.</summary>
    public decimal ScoreMax { get; }

    /// <summary>True when a <c>points</c> criterion given more than its maximum rejects the record instead of clamping.</summary>
    public bool RejectPointsAboveMax { get; }

    /// <summary>The rounding policy.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Declared organization types; empty when the file does not distinguish types.</summary>
    public IReadOnlyList<CategoryDefinition> Categories { get; }

    /// <summary>The rule file's own tests (<c>tests</c> section), in file order; empty when it has none.</summary>
    public IReadOnlyList<RuleFileTest> Tests { get; internal init; } = [];

    /// <summary>Declared inputs, in file order.</summary>
    public IReadOnlyList<InputDefinition> Inputs { get; }

    /// <summary>Areas, in file order.</summary>
    public IReadOnlyList<AreaDefinition> Areas { get; }

    /// <summary>Review sources (三评); empty when the file has none.</summary>
    public IReadOnlyList<ReviewSourceDefinition> Reviews { get; }

    /// <summary>The default band table, highest level first.</summary>
    public IReadOnlyList<BandDefinition> Bands { get; }

    /// <summary>Band tables for particular organization types, highest level first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BandDefinition>> BandsByType { get; }

    /// <summary>Vetoes and conditional caps, in file order.</summary>
    public IReadOnlyList<VetoDefinition> Vetoes { get; }

    /// <summary>The duty-report review (述职评议) of the file; null when it has none.</summary>
    public DutyReviewDefinition? DutyReview { get; internal init; }

    /// <summary>How problems from feedback lists and inspections are counted (整改); null when the file does not count them.</summary>
    public RectificationDefinition? Rectification { get; internal init; }
    /// <summary>Components carried in from other assessments (纳入), in file order; empty when none.</summary>
    public IReadOnlyList<ComponentDefinition> Components { get; internal init; } = [];

    /// <summary>How results are ranked (the <c>ranking</c> section); <see cref="RankingPolicy.Default"/> when absent.</summary>
    public RankingPolicy Ranking { get; internal init; } = RankingPolicy.Default;

    /// <summary>What makes an organization lagging (the <c>lagging</c> section); null when the file does not say.</summary>
    public LaggingRule? Lagging { get; internal init; }

    /// <summary>Roll-up constraints over the organizations under a parent (the <c>rollups</c> section), in file order.</summary>
    public IReadOnlyList<RollupRule> Rollups { get; internal init; } = [];

    /// <summary>Quotas on bands (the <c>quotas</c> section), in file order.</summary>
    public IReadOnlyList<QuotaRule> Quotas { get; internal init; } = [];

    /// <summary>Inputs filled from the other organizations of the batch (the <c>peers</c> section), in file order.</summary>
    public IReadOnlyList<PeerInput> Peers { get; internal init; } = [];

    /// <summary>Inputs filled from the scored organizations under a record (the <c>childInputs</c> section), in file order.</summary>
    public IReadOnlyList<ChildInput> ChildInputs { get; internal init; } = [];

    /// <summary>
    /// The declared inputs a record supplies itself (填报项), in file order: every input except those the file fills itself
    /// from another assessment (<see cref="Components"/>), from the batch (<see cref="Peers"/>) or from the organizations
    /// under a record (<see cref="ChildInputs"/>). A record that gives one of those is rejected (PBR101, PBR104, PBR105).
    /// </summary>
    public IReadOnlyList<InputDefinition> RecordInputs => recordInputs ??= FilledInputs() is var filled && filled.Count == 0
        ? Inputs
        : [.. Inputs.Where(i => !filled.Contains(i.Id))];

    private IReadOnlyList<InputDefinition>? recordInputs;

    private HashSet<string> FilledInputs() => Components.Select(c => c.Input)
        .Concat(Peers.Select(p => p.Input))
        .Concat(ChildInputs.Select(c => c.Input))
        .ToHashSet(StringComparer.Ordinal);

    // Compiled once at load, by criterion id and veto id.
    internal IReadOnlyDictionary<string, Expressions.CompiledExpression<decimal>> Formulas { get; }

    internal IReadOnlyDictionary<string, Expressions.CompiledExpression<bool>> Conditions { get; }

    /// <summary>The last date the rules are in force (inclusive); null when they stay in force until a later version takes over.</summary>
    public DateOnly? EffectiveUntil { get; internal init; }

    /// <summary>Components of the annual result (<c>periods</c>), in file order; empty when the file declares none.</summary>
    public IReadOnlyList<Periods.PeriodComponent> PeriodComponents { get; internal init; } = [];

    /// <summary>How many years a determined star level stays valid (<c>starValidity.years</c>); null when the file declares none.</summary>
    public int? StarValidityYears { get; internal init; }

    /// <summary>Event kinds that lower or revoke a star level (<c>events</c>), in file order.</summary>
    public IReadOnlyList<Cycle.StarEventRule> EventRules { get; internal init; } = [];

    /// <summary>The steps of a determination (<c>procedure</c>), in order; empty when the file declares none.</summary>
    public IReadOnlyList<Cycle.ProcedureStep> Procedure { get; internal init; } = [];

    // periods.yearRulesOn as month and day (default 31 December), and where it is written (or where "periods" starts).
    internal (int Month, int Day) YearRulesOn { get; init; } = (12, 31);

    internal (int Line, int Column) YearRulesOnPosition { get; init; }

    /// <summary>
    /// The day of a year whose version in force computes that year's annual result (<c>periods.yearRulesOn</c>):
    /// 31 December unless the file says otherwise.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>That day in the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public DateOnly YearRulesDate(int year) => new(year, YearRulesOn.Month, YearRulesOn.Day);

    // Where the rules came from, for errors about the file as a whole (e.g. two versions in force at once).
    internal string FileName { get; init; } = string.Empty;

    internal (int Line, int Column) EffectiveFromPosition { get; init; }

    // Where the "tests" section starts; null when the file has none (an empty section has a position).
    internal (int Line, int Column)? TestsSectionPosition { get; init; }

    /// <summary>True when the rules are in force on a date: from <see cref="EffectiveFrom"/> through <see cref="EffectiveUntil"/>.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveUntil is not { } until || date <= until);

    /// <summary>The band table that applies to an organization type.</summary>
    /// <param name="type">The organization type, or null.</param>
    public IReadOnlyList<BandDefinition> BandsFor(string? type) =>
        type is not null && BandsByType.TryGetValue(type, out var bands) ? bands : Bands;
}
