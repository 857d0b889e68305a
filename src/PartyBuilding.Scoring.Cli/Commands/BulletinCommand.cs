using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore bulletin: score a batch and write its bulletin (通报) with the SHA-256 of rule set, input and result.
// pbscore verify: recompute a published bulletin's fingerprints and scores from the files and say whether they match.
internal static class BulletinCommand
{
    public const int Mismatch = 3;

    public static int Bulletin(CommandLine line, TextWriter stdout)
    {
        var (engine, input, organizations, batch) = ScoreFromLine(line);
        using var spooled = batch;
        var options = new BulletinOptions
        {
            Previous = line.Single("previous") is { } previous ? ResultJson.ReadOutcomes(previous) : null,
            Organizations = organizations,
            InputSha256 = PublishedHash.OfFile(input),
        };
        var document = Reporting.Bulletin.Build(batch, engine.RuleSet, options);
        if (line.Single("format") == "xlsx")
        {
            return OutputFile.WriteXlsx(line, stream => XlsxWorkbook.Write(stream, ReportSheets.Create(document)));
        }

        ScoredInput.Write(line, ReportWriter.Write(document, ScoredInput.Format(line)), stdout);
        return PbScore.Ok;
    }

    public static int Verify(CommandLine line, TextWriter stdout)
    {
        var published = line.Required("bulletin");
        var (engine, input, _, batch) = ScoreFromLine(line);
        using var spooled = batch;
        BulletinVerification verification;
        using (var stream = File.OpenRead(published))
        {
            verification = BulletinVerification.Verify(stream, engine.RuleSet, PublishedHash.OfFile(input), batch);
        }

        foreach (var check in verification.Checks)
        {
            stdout.WriteLine(check.Matches
                ? $"{check.Name}: matches ({check.Recomputed})"
                : $"{check.Name}: DIFFERS: published {(check.Published.Length == 0 ? "(none)" : check.Published)}, now {check.Recomputed}");
        }

        foreach (var difference in verification.ScoreDifferences)
        {
            stdout.WriteLine("score DIFFERS: " + difference);
        }

        stdout.WriteLine(verification.Matches
            ? $"{published}: the published bulletin matches the rules, the input and the result."
            : $"{published}: the published bulletin does NOT match; see the differences above.");
        return verification.Matches ? PbScore.Ok : Mismatch;
    }

    // The result hash needs every trace, so they are spooled to a temporary file instead of kept in memory.
    private static (ScoringEngine Engine, string Input, OrganizationTree? Organizations, BatchResult Batch) ScoreFromLine(CommandLine line)
    {
        var engine = ScoredInput.LoadRules(line.Single("rules"));
        var input = line.Required("input");
        var organizations = line.Single("organizations") is { } tree ? OrganizationTree.ReadFile(tree) : null;
        return (engine, input, organizations, ScoredInput.Score(engine, input, line.All("carry"), organizations, BatchTrace.Spool, ScoredInput.ReadOptions(line)));
    }
}
