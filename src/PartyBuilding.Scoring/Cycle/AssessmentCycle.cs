using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PartyBuilding.Scoring.Periods;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cycle;

/// <summary>
/// The assessment cycle over time (月调研、季调度、年考核; 星级动态管理): per organization, every year's annual result
/// under the rules in force that year, and the star history — determinations through the declared procedure, valid for
/// the declared number of years, lowered or revoked by events from their date. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var cycle = new AssessmentCycle(RuleSetCatalog.Create([ScoringEngine.Load("rules/star-rating-cycle-2024.json"), ScoringEngine.Load("rules/star-rating-cycle-2026.json")]));
/// var result = cycle.Compute(HistoryReader.ReadFile("samples/data/branch-history.json"), new DateOnly(2027, 12, 31));
/// foreach (var change in result.Organizations[0].Stars) Console.WriteLine($"{change.Date} {change.Kind} {change.To?.Label} {change.Cause}");
/// </code>
/// </example>
public sealed class AssessmentCycle
{
    /// <summary>Creates the cycle over a catalog of rule-set versions.</summary>
    /// <param name="catalog">The versions; each year and each dated step uses the version in force on its day.</param>
    public AssessmentCycle(RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
    }

    /// <summary>The rule-set versions.</summary>
    public RuleSetCatalog Catalog { get; }

    /// <summary>
    /// Computes (or recomputes) one year's annual result with the version in force on the day the rule file's
    /// <c>periods.yearRulesOn</c> names (<see cref="RuleSetCatalog.YearRulesDate"/>; by default the year's last day,
    /// 31 December), whatever versions came later.
    /// </summary>
    /// <param name="history">The organization's history.</param>
    /// <param name="year">The year.</param>
    /// <param name="result">The annual result, when computed.</param>
    /// <param name="rejection">Why the year cannot be computed (PBR200–PBR205), when not.</param>
    /// <returns>True when computed.</returns>
    public bool TryComputeYear(OrganizationHistory history, int year, [NotNullWhen(true)] out AnnualResult? result, [NotNullWhen(false)] out RecordRejection? rejection)
    {
        ArgumentNullException.ThrowIfNull(history);
        result = null;
        rejection = null;
        try
        {
            var data = history.Years.FirstOrDefault(y => y.Year == year)
                ?? throw new CycleRejection(CycleRejectionCodes.MissingPeriod, "the history has no data for this year.");
            var day = Catalog.YearRulesDate(year);
            var engine = Catalog.InForceOn(day) ?? throw NoRules(day);
            if (engine.RuleSet.PeriodComponents.Count == 0)
            {
                throw new CycleRejection(CycleRejectionCodes.CycleRulesMissing,
                    $"{AnnualCombiner.Describe(engine.RuleSet)}, in force on {Text(day)}, declares no \"periods\" to combine into an annual result.");
            }

            result = AnnualCombiner.Combine(engine, history, data);
            return true;
        }
        catch (CycleRejection ex)
        {
            rejection = Reject(history, string.Create(CultureInfo.InvariantCulture, $"year {year}"), ex);
            return false;
        }
    }

    /// <summary>Computes the cycles of organizations as of a day.</summary>
    /// <param name="histories">The histories.</param>
    /// <param name="asOf">The day to evaluate to: years ending after it are not computed, and events, determinations and expiries after it are not applied.</param>
    /// <returns>The cycles and everything rejected.</returns>
    public CycleResult Compute(IEnumerable<OrganizationHistory> histories, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(histories);
        return Compute(histories.Select(HistoryReadResult.Read), asOf);
    }

    /// <summary>Computes the cycles of organizations as read from a file, keeping the reader's rejections.</summary>
    /// <param name="items">The items read.</param>
    /// <param name="asOf">The day to evaluate to: years ending after it are not computed, and events, determinations and expiries after it are not applied.</param>
    /// <returns>The cycles and everything rejected; organizations whose id is used twice are all rejected.</returns>
    public CycleResult Compute(IEnumerable<HistoryReadResult> items, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        var rejected = list.Select(i => i.Rejection).OfType<RecordRejection>().ToList();
        var histories = list.Select(i => i.History).OfType<OrganizationHistory>().ToList();
        var counts = histories.GroupBy(h => h.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var cycles = new List<OrganizationCycle>();
        foreach (var history in histories)
        {
            if (counts[history.Id] > 1)
            {
                rejected.Add(new RecordRejection(history.Id, history.SourceLine, CycleRejectionCodes.Malformed,
                    $"the id \"{history.Id}\" is used by {counts[history.Id]} organizations; ids must be unique, so none of them is computed."));
                continue;
            }

            cycles.Add(Compute(history, asOf, rejected));
        }

        return new CycleResult(asOf, list.Count, [.. cycles.OrderBy(c => c.Id, StringComparer.Ordinal)],
            [.. rejected.OrderBy(r => r.Line ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal)]);
    }

    private OrganizationCycle Compute(OrganizationHistory history, DateOnly asOf, List<RecordRejection> rejected)
    {
        var years = new List<AnnualResult>();
        foreach (var year in history.Years.Select(y => y.Year).Where(y => new DateOnly(y, 12, 31) <= asOf).Order())
        {
            if (TryComputeYear(history, year, out var result, out var rejection))
            {
                years.Add(result);
            }
            else
            {
                rejected.Add(rejection);
            }
        }

        var timeline = new StarTimeline(Catalog, history, years, rejected);
        var steps = history.Determinations.Select((d, i) => (Date: d.Date ?? DateOnly.MinValue, Order: 0, Index: i))
            .Concat(history.Events.Select((e, i) => (e.Date, Order: 1, Index: i)))
            .Where(s => s.Date <= asOf)
            .OrderBy(s => s.Date).ThenBy(s => s.Order).ThenBy(s => s.Index);
        foreach (var (date, order, index) in steps)
        {
            timeline.ExpireBefore(date);
            if (order == 0)
            {
                timeline.Determine(history.Determinations[index]);
            }
            else
            {
                timeline.Apply(history.Events[index]);
            }
        }

        timeline.ExpireBefore(asOf);
        return new OrganizationCycle(history.Id, history.Name, history.Type, years, timeline.Changes);
    }

    internal static RecordRejection Reject(OrganizationHistory history, string what, CycleRejection ex) =>
        new(history.Id, history.SourceLine, ex.Code, $"{what}: {ex.Message}");

    internal static CycleRejection NoRules(DateOnly date) =>
        new(CycleRejectionCodes.NoRuleSetInForce, $"no version of the rule set is in force on {Text(date)}.");

    internal static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
