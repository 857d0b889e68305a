using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Testing;

/// <summary>The outcome of one rule-file test: what the engine gave and which expectations failed.</summary>
/// <param name="Test">The test.</param>
/// <param name="Result">The score result, when the record was scored.</param>
/// <param name="Rejection">The rejection, when the record was not scored.</param>
/// <param name="Failures">One error per failed expectation, located at the test's <c>expect</c>; empty when the test passed.</param>
public sealed record RuleFileTestOutcome(RuleFileTest Test, ScoreResult? Result, RecordRejection? Rejection, IReadOnlyList<RuleFileError> Failures)
{
    /// <summary>True when every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
