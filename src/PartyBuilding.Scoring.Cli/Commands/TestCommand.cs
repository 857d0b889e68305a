using PartyBuilding.Scoring.Testing;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore test <rule files…>: runs each file's "tests" section and prints a per-test report.
// Exit 0 when every test of every file passed, 3 when an expectation failed or a file has no tests, 2 for an invalid file.
internal static class TestCommand
{
    public const int TestsFailed = 3;

    public const string Help = """
        pbscore test <rule files…>

        Runs the sample records in each rule file's "tests" section and compares score, band and rejection
        with the expectations written there. Prints one line per test, the located error of every failed
        expectation (file(line,col): error PBS41n: …) and "N passed, N failed (rule set)".
        Exit codes: 0 all tests passed, 2 invalid rule file, 3 a test failed or a file has no tests.
        """;

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Positional.Count == 0)
        {
            throw new UsageException("test needs at least one rule file.");
        }

        var exit = PbScore.Ok;
        foreach (var file in line.Positional)
        {
            var report = RuleFileTests.Evaluate(ScoringEngine.Load(file));
            stdout.Write($"{file}: ");
            stdout.Write(report.Format());
            if (report.NoTests is { } noTests)
            {
                stderr.WriteLine(PbScore.Located(noTests));
                exit = Math.Max(exit, TestsFailed);
            }

            foreach (var failure in report.Failures)
            {
                stderr.WriteLine(PbScore.Located(failure));
            }

            if (report.Failed > 0)
            {
                exit = Math.Max(exit, TestsFailed);
            }
        }

        return exit;
    }
}
