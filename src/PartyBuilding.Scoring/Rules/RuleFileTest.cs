namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// One entry of a rule file's <c>tests</c> section: a sample record and the outcome the rule file promises for it
/// (样例测试). Run them with <see cref="Testing.RuleFileTests"/> or <c>pbscore test</c>, so that a changed threshold that
/// breaks an expectation is caught before the file is published.
/// </summary>
public sealed record RuleFileTest
{
    internal RuleFileTest(string id, OrganizationRecord record, RuleFileLocation expectLocation)
    {
        Id = id;
        Record = record;
        ExpectLocation = expectLocation;
    }

    /// <summary>The test's id, unique within the file.</summary>
    public string Id { get; }

    /// <summary>What the test shows, in the rule file's words.</summary>
    public string? Description { get; init; }

    /// <summary>The sample record; its id is the test id unless the record names its own.</summary>
    public OrganizationRecord Record { get; }

    /// <summary>
    /// The values the file fills itself — from its components (carried from another assessment), its peers or the
    /// organizations under the record — as the test states them (<c>carried</c>). Records never give these inputs.
    /// </summary>
    public IReadOnlyDictionary<string, InputValue> Carried { get; internal init; } = new Dictionary<string, InputValue>();

    /// <summary>The expected final score, when the test checks it.</summary>
    public decimal? ExpectedScore { get; init; }

    /// <summary>True when the test checks the final band (<see cref="ExpectedBand"/> null then means "no band").</summary>
    public bool ChecksBand { get; init; }

    /// <summary>The expected final band id; null with <see cref="ChecksBand"/> means no band (e.g. revoked by a veto).</summary>
    public string? ExpectedBand { get; init; }

    /// <summary>The expected rejection code (<c>PBRnnn</c>), when the record must be rejected.</summary>
    public string? ExpectedRejection { get; init; }

    internal RuleFileLocation ExpectLocation { get; }
}

// Where a part of a rule file is written, for errors found after loading (a failed test expectation).
internal sealed record RuleFileLocation(string File, string JsonPath, int Line, int Column)
{
    public RuleFileError Error(string code, string message) => new(File, JsonPath, Line, Column, code, message);
}
