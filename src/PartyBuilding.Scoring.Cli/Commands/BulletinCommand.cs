using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore bulletin: score a batch and write its bulletin (通报) with the SHA-256 of rule set, input and result.
// pbscore verify: rebuild the bulletin from the files and compare every published field and table cell with it.
internal static class BulletinCommand
{
    public const int Mismatch = 3;

    public static int Bulletin(CommandLine line, TextWriter stdout)
    {
        if (line.Single("format") == "json")
        {
            // Formatted once and streamed: a national bulletin's JSON is gigabytes.
            return Scored(line, (batch, ruleSet, options) => ScoredInput.WriteStream(line, stdout, output => Reporting.Bulletin.WriteJson(output, batch, ruleSet, options)));
        }

        var document = Rebuild(line);
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
        var document = Rebuild(line);
        BulletinVerification verification;
        using (var stream = File.OpenRead(published))
        {
            verification = BulletinVerification.Verify(stream, document);
        }

        foreach (var check in verification.Checks)
        {
            stdout.WriteLine(check.Matches
                ? $"{check.Name}: matches ({check.Recomputed})"
                : $"{check.Name}: DIFFERS: published {(check.Published.Length == 0 ? "(none)" : check.Published)}, now {check.Recomputed}");
        }

        foreach (var difference in verification.Differences)
        {
            stdout.WriteLine("DIFFERS: " + difference);
        }

        stdout.WriteLine(verification.Matches
            ? $"{published}: the published bulletin matches the rules, the input and the result."
            : $"{published}: the published bulletin does NOT match; see the differences above.");
        return verification.Matches ? PbScore.Ok : Mismatch;
    }

    // The bulletin of the files on the command line: rules, input, organization tree, carried components, previous result.
    private static ReportDocument Rebuild(CommandLine line)
    {
        ReportDocument? document = null;
        Scored(line, (batch, ruleSet, options) => document = Reporting.Bulletin.Build(batch, ruleSet, options));
        return document!;
    }

    // Scores the files on the command line and hands the batch with the bulletin options to write.
    private static int Scored(CommandLine line, Action<BatchResult, Rules.RuleSet, BulletinOptions> write)
    {
        var engine = ScoredInput.LoadRules(line.Single("rules"));
        var input = line.Required("input");
        var organizations = line.Single("organizations") is { } tree ? OrganizationTree.ReadFile(tree) : null;
        var previous = line.Single("previous") is { } path ? PreviousResult.Read(path, engine.RuleSet.Identity) : null;

        // The result hash needs every trace, so they are spooled to a temporary file instead of kept in memory. Without
        // it (--result-hash no, bulletin only) no trace is built: a draft whose tables verify can still check cell by cell.
        var trace = line.Command == "bulletin" && line.Choice("result-hash", "yes", "yes", "no") == "no" ? BatchTrace.Omit : BatchTrace.Spool;
        using var batch = ScoredInput.Score(engine, input, line.All("carry"), organizations, trace, ScoredInput.ReadOptions(line),
            parallelism: ScoredInput.Parallelism(line), cancellation: line.Cancellation);
        var options = new BulletinOptions { Previous = previous, Organizations = organizations, InputSha256 = PublishedHash.OfFile(input) };
        write(batch, engine.RuleSet, options);
        return PbScore.Ok;
    }
}
