using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Testing;

/// <summary>The outcomes of all tests of one rule file.</summary>
/// <param name="RuleSet">The rule set tested.</param>
/// <param name="Outcomes">One outcome per test, in file order.</param>
public sealed record RuleFileTestReport(RuleSetIdentity RuleSet, IReadOnlyList<RuleFileTestOutcome> Outcomes)
{
    /// <summary>Number of tests whose expectations all held.</summary>
    public int Passed => Outcomes.Count(o => o.Passed);

    /// <summary>Number of tests with at least one failed expectation.</summary>
    public int Failed => Outcomes.Count - Passed;

    /// <summary>
    /// Why nothing was checked, when the rule file has no tests (PBS413): it has no <c>tests</c> section (located at <c>$</c>),
    /// or an empty one (located at <c>$.tests</c>); null when it has tests.
    /// </summary>
    public RuleFileError? NoTests { get; init; }

    /// <summary>Every failed expectation, in file order.</summary>
    public IReadOnlyList<RuleFileError> Failures => [.. Outcomes.SelectMany(o => o.Failures)];

    /// <summary>
    /// Formats the report: one line per test (<c>ok</c> or <c>FAIL</c>, id and what the engine gave), the located
    /// error of each failed expectation, and a closing <c>N passed, N failed (id version)</c> line.
    /// </summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{RuleSet.Id} {RuleSet.Version}: {Outcomes.Count} tests\n");
        foreach (var outcome in Outcomes)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {(outcome.Passed ? "ok  " : "FAIL")}  {outcome.Test.Id}: {Describe(outcome)}\n");
            foreach (var failure in outcome.Failures)
            {
                text.Append("        ").Append(failure).Append('\n');
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed ({RuleSet.Id} {RuleSet.Version})\n");
        return text.ToString();
    }

    internal static string Describe(RuleFileTestOutcome outcome) => outcome switch
    {
        { Result: { } result } => string.Create(CultureInfo.InvariantCulture, $"score {result.Score}, band {result.Band?.Id ?? "none"}"),
        { Rejection: { } rejection } => $"rejected {rejection.Code}: {rejection.Reason}",
        _ => "not run",
    };
}
