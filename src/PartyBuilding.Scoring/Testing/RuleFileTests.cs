using System.Globalization;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Testing;

/// <summary>
/// Runs the sample records of a rule file's <c>tests</c> section (样例测试) and compares score, band and rejection
/// with what the file expects. Pin a local rule file in a test project with one line:
/// <code>[Fact] public void LocalRules_Tests_Pass() => RuleFileTests.Run("rules/local.json");</code>
/// </summary>
public static class RuleFileTests
{
    /// <summary>Loads a rule file and runs its tests; throws when the file is invalid, has no tests, or a test fails.</summary>
    /// <param name="path">The rule file.</param>
    /// <returns>The report, when every test passed.</returns>
    /// <exception cref="RuleFileException">The file is invalid, has no tests (PBS413), or expectations failed (PBS410–PBS412, one error each, located at the test).</exception>
    public static RuleFileTestReport Run(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var engine = ScoringEngine.Load(path);
        var report = Evaluate(engine);
        if (report.NoTests is { } noTests)
        {
            throw new RuleFileException([noTests]);
        }

        return report.Failed == 0 ? report : throw new RuleFileException(report.Failures);
    }

    /// <summary>Runs the tests of a loaded engine's rule set and reports every outcome; never throws for a failed test.</summary>
    /// <param name="engine">The engine.</param>
    /// <returns>One outcome per test, in file order.</returns>
    public static RuleFileTestReport Evaluate(ScoringEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var ruleSet = engine.RuleSet;
        return new RuleFileTestReport(ruleSet.Identity, [.. ruleSet.Tests.Select(test => Evaluate(engine, test))])
        {
            NoTests = ruleSet.Tests.Count > 0 ? null : ruleSet.TestsSectionPosition is var (line, column)
                ? new RuleFileError(ruleSet.FileName, "$.tests", line, column, RuleFileErrorCodes.NoTests,
                    "The \"tests\" section is empty, so nothing was checked; add sample records with their expected score and band.")
                : new RuleFileError(ruleSet.FileName, "$", 1, 1, RuleFileErrorCodes.NoTests,
                    "The rule file has no \"tests\" section, so nothing was checked; add sample records with their expected score and band."),
        };
    }

    private static RuleFileTestOutcome Evaluate(ScoringEngine engine, RuleFileTest test)
    {
        var failures = new List<RuleFileError>();
        var at = test.ExpectLocation;
        string Prefix() => $"Test \"{test.Id}\": ";
        if (!engine.TryScore(WithCarried(test), out var result, out var rejection))
        {
            if (test.ExpectedRejection is null)
            {
                failures.Add(at.Error(RuleFileErrorCodes.TestRejectionMismatch,
                    $"{Prefix()}expected a score, but the record was rejected with {rejection.Code}: {rejection.Reason}"));
            }
            else if (test.ExpectedRejection != rejection.Code)
            {
                failures.Add(at.Error(RuleFileErrorCodes.TestRejectionMismatch,
                    $"{Prefix()}expected rejection {test.ExpectedRejection}, got {rejection.Code}: {rejection.Reason}"));
            }

            return new RuleFileTestOutcome(test, null, rejection, failures);
        }

        if (test.ExpectedRejection is { } expected)
        {
            failures.Add(at.Error(RuleFileErrorCodes.TestRejectionMismatch, string.Create(CultureInfo.InvariantCulture,
                $"{Prefix()}expected rejection {expected}, but the record was scored {result.Score} (band {result.Band?.Id ?? "none"}).")));
        }

        if (test.ExpectedScore is { } score && score != result.Score)
        {
            failures.Add(at.Error(RuleFileErrorCodes.TestScoreMismatch, string.Create(CultureInfo.InvariantCulture,
                $"{Prefix()}expected score {score}, got {result.Score} (total before rounding {result.Total?.ToString(CultureInfo.InvariantCulture) ?? "-"}).")));
        }

        if (test.ChecksBand && test.ExpectedBand != result.Band?.Id)
        {
            failures.Add(at.Error(RuleFileErrorCodes.TestBandMismatch, string.Create(CultureInfo.InvariantCulture,
                $"{Prefix()}expected band {Quote(test.ExpectedBand)}, got {Quote(result.Band?.Id)} (score {result.Score}).")));
        }

        return new RuleFileTestOutcome(test, result, null, failures);
    }

    // The record as scoring sees it after the carry: the record's own values plus the values the file fills itself,
    // which the test states in "carried" (the loader has checked that the two never name the same input).
    private static OrganizationRecord WithCarried(RuleFileTest test) => test.Carried.Count == 0
        ? test.Record
        : test.Record with { Values = test.Record.Values.Concat(test.Carried).ToDictionary(StringComparer.Ordinal) };

    private static string Quote(string? band) => band is null ? "none" : $"\"{band}\"";
}
