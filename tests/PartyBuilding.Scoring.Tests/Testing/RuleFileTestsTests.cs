using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Tests.Testing;

// The "tests" section of rule files: checked at load, run by RuleFileTests (and pbscore test).
public sealed class RuleFileTestsTests
{
    private static readonly string MinimalWithTests = Repository.TestData("valid/minimal-with-tests.json");

    [Theory]
    [InlineData("rules/star-rating.json", 5)]
    [InlineData("rules/five-goods-three-reviews.json", 4)]
    [InlineData("rules/star-rating-cycle-2024.json", 2)]
    [InlineData("rules/star-rating-cycle-2026.json", 2)]
    [InlineData("rules/departmental-appraisal.json", 8)]
    [InlineData("rules/duty-report-review.json", 10)]
    [InlineData("rules/monthly-inspection.json", 11)]
    public void Run_ShippedRuleFile_EveryTestPasses(string file, int count)
    {
        var report = RuleFileTests.Run(Repository.File(file));

        Assert.Equal(count, report.Passed);
        Assert.Equal(0, report.Failed);
    }

    [Fact]
    public void Run_StarThresholdRaisedTo96_FailsTheRoundingTestAtItsExpectation()
    {
        var text = File.ReadAllText(Repository.File("rules/star-rating.json"))
            .Replace("\"range\": \"[95, 100]\"", "\"range\": \"[96, 100]\"", StringComparison.Ordinal)
            .Replace("\"range\": \"[90, 94]\"", "\"range\": \"[90, 95]\"", StringComparison.Ordinal);
        var path = WriteTemp(text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"expect\": { \"score\": 95, \"band\": \"fiveStar\" }", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("{ \"score\": 95", StringComparison.Ordinal) + 1;

        var ex = Assert.Throws<RuleFileException>(() => RuleFileTests.Run(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(
            $"{path}({line},{column}): error PBS411: Test \"rounds-up-to-five-stars\": expected band \"fiveStar\", got \"fourStar\" (score 95). (at $.tests[0].expect)",
            error.ToString());
    }

    [Fact]
    public void Evaluate_MinimalFileWithTests_ReportsEveryOutcome()
    {
        var report = RuleFileTests.Evaluate(ScoringEngine.Load(MinimalWithTests));

        Assert.Equal(
            """
            minimal 1: 3 tests
              ok    passes-at-60: score 60, band pass
              ok    fails-below-60: score 59.99, band fail
              ok    above-max-rejected: rejected PBR006: input "x" (X) must be at most 100, but the record gives 101.
            3 passed, 0 failed (minimal 1)

            """.ReplaceLineEndings("\n"),
            report.Format());
    }

    [Fact]
    public void Evaluate_WrongExpectations_ReportsEachAtItsTest()
    {
        var text = File.ReadAllText(MinimalWithTests)
            .Replace("\"expect\": { \"score\": 60, \"band\": \"pass\" }", "\"expect\": { \"score\": 61, \"band\": \"fail\" }", StringComparison.Ordinal)
            .Replace("\"expect\": { \"score\": 59.99, \"band\": \"fail\" }", "\"expect\": { \"rejection\": \"PBR006\" }", StringComparison.Ordinal)
            .Replace("\"expect\": { \"rejection\": \"PBR006\" } }\n  ]", "\"expect\": { \"score\": 100 } }\n  ]", StringComparison.Ordinal);

        var report = RuleFileTests.Evaluate(ScoringEngine.Parse(text, "wrong.json"));

        Assert.Equal(0, report.Passed);
        Assert.Equal(
            [
                "wrong.json(20,76): error PBS410: Test \"passes-at-60\": expected score 61, got 60 (total before rounding 60). (at $.tests[0].expect)",
                "wrong.json(20,76): error PBS411: Test \"passes-at-60\": expected band \"fail\", got \"pass\" (score 60). (at $.tests[0].expect)",
                "wrong.json(21,123): error PBS412: Test \"fails-below-60\": expected rejection PBR006, but the record was scored 59.99 (band fail). (at $.tests[1].expect)",
                "wrong.json(22,83): error PBS412: Test \"above-max-rejected\": expected a score, but the record was rejected with PBR006: input \"x\" (X) must be at most 100, but the record gives 101. (at $.tests[2].expect)",
            ],
            report.Failures.Select(f => f.ToString()));
    }

    // Review 2 #9a: an empty "tests": [] was reported as "no tests section".
    [Fact]
    public void Run_EmptyTestsSection_ThrowsNoTestsLocatedAtTheSection()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-empty-tests-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(Repository.TestData("valid/minimal.json")).TrimEnd().TrimEnd('}').TrimEnd() + ",\n  \"tests\": []\n}\n");
        var line = File.ReadAllLines(path).Length - 1;
        try
        {
            var ex = Assert.Throws<RuleFileException>(() => RuleFileTests.Run(path));

            Assert.Equal(
                $"{path}({line},12): error PBS413: The \"tests\" section is empty, so nothing was checked; add sample records with their expected score and band. (at $.tests)",
                Assert.Single(ex.Errors).ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_FileWithoutTests_ThrowsNoTests()
    {
        var path = Repository.TestData("valid/minimal.json");

        var ex = Assert.Throws<RuleFileException>(() => RuleFileTests.Run(path));

        Assert.Equal(
            $"{path}(1,1): error PBS413: The rule file has no \"tests\" section, so nothing was checked; add sample records with their expected score and band. (at $)",
            Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_ShippedStarRating_ReadsTheTestsSection()
    {
        var tests = RuleSets.StarRating().RuleSet.Tests;

        Assert.Equal(["rounds-up-to-five-stars", "stays-four-stars", "discipline-lowers-one-star", "serious-violation-revokes", "unknown-grade-rejected"],
            tests.Select(t => t.Id));
        var revoked = tests[3];
        Assert.Equal((86m, true, (string?)null, (string?)null), (revoked.ExpectedScore!.Value, revoked.ChecksBand, revoked.ExpectedBand, revoked.ExpectedRejection));
        Assert.Equal("serious-violation-revokes", revoked.Record.Id);
        Assert.Equal("PBR006", tests[4].ExpectedRejection);
    }

    [Theory]
    [InlineData("test-record-unreadable.json", "(20,28): error PBS400: The test's record cannot be read: the value of \"x\" must be a number, true/false or text, not array. (at $.tests[0].record)")]
    [InlineData("test-undeclared-input.json", "(20,47): error PBS401: The test's record gives \"y\", which is not a declared input. (at $.tests[0].record.values.y)")]
    [InlineData("test-unknown-band.json", "(20,74): error PBS402: The expected band \"excellent\" is not a band of this file; use one of \"fail\", \"pass\", or null for \"no band\". (at $.tests[0].expect.band)")]
    [InlineData("test-score-and-rejection.json", "(20,64): error PBS403: A test expects either a rejection or a score and band, not both: a rejected record has no score. (at $.tests[0].expect)")]
    [InlineData("test-expects-nothing.json", "(20,64): error PBS403: The test expects nothing: give \"score\", \"band\" (or both), or \"rejection\". (at $.tests[0].expect)")]
    [InlineData("test-missing-record.json", "(20,5): error PBS010: The test needs a \"record\": { \"type\": …, \"values\": { … } }, shaped like a record of a records file. (at $.tests[0].record)")]
    [InlineData("test-duplicate-id.json", "(21,13): error PBS012: The test \"t\" is declared twice. (at $.tests[1].id)")]
    public void Load_InvalidTestsSection_ReportsLocatedError(string file, string expected)
    {
        var path = Repository.TestData("invalid/" + file);

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(path + expected, Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Load_MisspelledExpectation_ReportsUnknownPropertyAndEmptyExpectation()
    {
        var path = Repository.TestData("invalid/test-unknown-property.json");

        var ex = Assert.Throws<RuleFileException>(() => ScoringEngine.Load(path));

        Assert.Equal(
            [
                path + "(20,64): error PBS403: The test expects nothing: give \"score\", \"band\" (or both), or \"rejection\". (at $.tests[0].expect)",
                path + "(20,66): error PBS006: \"scor\" is not a property the rule-file format knows here; check the spelling (property names are case-sensitive). (at $.tests[0].expect.scor)",
            ],
            ex.Errors.Select(e => e.ToString()));
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pbs-ruletests-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }
}
