using System.Text.RegularExpressions;

namespace PartyBuilding.Scoring.Rules;

// The words a rule file may use, and how they map to the model. Kept in one place so the
// validator, the compiler and the messages agree.
internal static partial class RuleFileVocabulary
{
    public static readonly IReadOnlyDictionary<string, InputType> InputTypes = new Dictionary<string, InputType>(StringComparer.Ordinal)
    {
        ["number"] = InputType.Number,
        ["count"] = InputType.Count,
        ["boolean"] = InputType.Boolean,
        ["grade"] = InputType.Grade,
    };

    public static readonly IReadOnlyDictionary<string, ScoringMethod> Methods = new Dictionary<string, ScoringMethod>(StringComparer.Ordinal)
    {
        ["points"] = ScoringMethod.Points,
        ["check"] = ScoringMethod.Check,
        ["deduction"] = ScoringMethod.Deduction,
        ["grade"] = ScoringMethod.Grade,
        ["formula"] = ScoringMethod.Formula,
    };

    public static readonly IReadOnlyDictionary<string, CriterionKind> Kinds = new Dictionary<string, CriterionKind>(StringComparer.Ordinal)
    {
        ["regular"] = CriterionKind.Regular,
        ["bonus"] = CriterionKind.Bonus,
        ["penalty"] = CriterionKind.Penalty,
    };

    public static readonly IReadOnlyDictionary<string, ReviewSupply> Supplies = new Dictionary<string, ReviewSupply>(StringComparer.Ordinal)
    {
        ["score"] = ReviewSupply.Score,
        ["criteria"] = ReviewSupply.Criteria,
    };

    public static readonly IReadOnlyDictionary<string, VetoAction> Actions = new Dictionary<string, VetoAction>(StringComparer.Ordinal)
    {
        ["revoke"] = VetoAction.Revoke,
        ["lowerBand"] = VetoAction.LowerBand,
        ["capBand"] = VetoAction.CapBand,
        ["capScore"] = VetoAction.CapScore,
    };

    public static readonly IReadOnlyDictionary<string, MidpointRounding> RoundingModes = new Dictionary<string, MidpointRounding>(StringComparer.Ordinal)
    {
        ["awayFromZero"] = MidpointRounding.AwayFromZero,
        ["toEven"] = MidpointRounding.ToEven,
        ["towardZero"] = MidpointRounding.ToZero,
        ["down"] = MidpointRounding.ToNegativeInfinity,
        ["up"] = MidpointRounding.ToPositiveInfinity,
    };

    public static readonly IReadOnlyDictionary<string, RoundingStage> RoundingStages = new Dictionary<string, RoundingStage>(StringComparer.Ordinal)
    {
        ["criterion"] = RoundingStage.Criterion,
        ["area"] = RoundingStage.Area,
        ["total"] = RoundingStage.Total,
        ["final"] = RoundingStage.Final,
    };

    public static readonly IReadOnlyDictionary<string, ComponentValue> ComponentValues = new Dictionary<string, ComponentValue>(StringComparer.Ordinal)
    {
        ["score"] = ComponentValue.Score, ["bandLevel"] = ComponentValue.BandLevel, ["bandLabel"] = ComponentValue.BandLabel,
        ["rollupPassed"] = ComponentValue.RollupPassed, ["rollupShare"] = ComponentValue.RollupShare,
    };

    public static readonly IReadOnlyDictionary<string, RevokedComponentAction> RevokedComponentActions = new Dictionary<string, RevokedComponentAction>(StringComparer.Ordinal)
    {
        ["score"] = RevokedComponentAction.Score, ["zero"] = RevokedComponentAction.Zero,
        ["reject"] = RevokedComponentAction.Reject, ["default"] = RevokedComponentAction.Default,
    };

    public static readonly IReadOnlyDictionary<string, MissingComponentAction> MissingComponentActions = new Dictionary<string, MissingComponentAction>(StringComparer.Ordinal)
    {
        ["reject"] = MissingComponentAction.Reject, ["default"] = MissingComponentAction.Default,
    };

    public static readonly IReadOnlyDictionary<string, RankingGroup> RankingGroups = new Dictionary<string, RankingGroup>(StringComparer.Ordinal)
    {
        ["type"] = RankingGroup.Type, ["parent"] = RankingGroup.Parent,
    };

    public static readonly IReadOnlyDictionary<string, bool> SortOrders = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["descending"] = true, ["ascending"] = false,
    };

    public static readonly IReadOnlyDictionary<string, RollupScope> RollupScopes = new Dictionary<string, RollupScope>(StringComparer.Ordinal)
    {
        ["children"] = RollupScope.Children, ["descendants"] = RollupScope.Descendants,
    };

    public static readonly IReadOnlyDictionary<string, QuotaBoundary> QuotaBoundaries = new Dictionary<string, QuotaBoundary>(StringComparer.Ordinal)
    {
        ["admitAll"] = QuotaBoundary.AdmitAll, ["admitNone"] = QuotaBoundary.AdmitNone,
    };

    public static readonly IReadOnlyDictionary<string, RankingGroup> QuotaGroups = new Dictionary<string, RankingGroup>(StringComparer.Ordinal)
    {
        ["all"] = RankingGroup.None, ["type"] = RankingGroup.Type, ["parent"] = RankingGroup.Parent,
    };

    public static readonly IReadOnlyDictionary<string, PeerStatistic> PeerStatistics = new Dictionary<string, PeerStatistic>(StringComparer.Ordinal)
    {
        ["highest"] = PeerStatistic.Highest, ["lowest"] = PeerStatistic.Lowest, ["mean"] = PeerStatistic.Mean,
        ["rankDescending"] = PeerStatistic.RankDescending, ["rankAscending"] = PeerStatistic.RankAscending,
    };

    public static readonly IReadOnlyDictionary<string, ChildStatistic> ChildStatistics = new Dictionary<string, ChildStatistic>(StringComparer.Ordinal)
    {
        ["mean"] = ChildStatistic.Mean, ["min"] = ChildStatistic.Min, ["max"] = ChildStatistic.Max, ["count"] = ChildStatistic.Count,
        ["shareInBands"] = ChildStatistic.ShareInBands,
    };

    public static readonly IReadOnlySet<string> PointsOutOfRange = new HashSet<string>(StringComparer.Ordinal) { "clamp", "reject" };

    // Names the expression language already uses; an input named like them would be shadowed or shadow them.
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "it", "parent", "root", "new", "iif", "np", "true", "false", "null", "and", "or", "not", "in", "as", "is",
        "Math", "Convert", "DateTime", "String", "Type", "Guid", "Object", "Decimal", "Int32", "Double",
    };

    public static string List(IEnumerable<string> words) => string.Join(", ", words.Select(w => "\"" + w + "\""));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    public static partial Regex InputId();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    [GeneratedRegex(@"^\s*([\[(])\s*(-?[0-9]+(?:\.[0-9]+)?)\s*,\s*(-?[0-9]+(?:\.[0-9]+)?)\s*([\])])\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex BandRange();

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    public static partial Regex Placeholder();
}
