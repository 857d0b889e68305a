using System.Globalization;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore rectification: the status of a problem list at a quarter end, and optionally the year-end scores with the
// problem counts the year-end rule file's "rectification" section asks for.
internal static class RectificationCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        if (line.Single("quarters") is { } yearText)
        {
            return Quarters(line, yearText, stdout);
        }

        var asOfText = line.Required("as-of");
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            throw new UsageException($"--as-of must be a date written as yyyy-MM-dd, not \"{asOfText}\".");
        }

        var format = ReportOutput.Choose(line);
        var status = RectificationTracker.Evaluate(ProblemReader.ReadFile(line.Required("problems")), asOf);
        BatchResult? yearEnd = null;
        ScoringEngine? engine = null;
        if (line.Single("rules") is { } rules)
        {
            engine = ScoringEngine.Load(rules);
            if (engine.RuleSet.Rectification is null)
            {
                throw new UsageException($"The rule file {rules} has no \"rectification\" section, so it reads no problem counts.");
            }

            IEnumerable<RecordReadResult> records = RecordReader.ReadFile(line.Required("input"), engine.RuleSet);
            if (ScoredInput.Carry(engine, line.All("carry")) is { } carry)
            {
                records = carry.Apply(records);
            }

            yearEnd = engine.ScoreBatch(RectificationTracker.AddCounts(engine.RuleSet, status, records));
        }
        else if (line.Single("input") is not null)
        {
            throw new UsageException("--input needs --rules: the year-end rule file that reads the problem counts.");
        }

        if (format == "json")
        {
            stdout.Write(RectificationReport.Json(status, yearEnd) + "\n");
        }
        else if (format != "table")
        {
            var document = RectificationReport.Document(status);
            if (yearEnd is not null)
            {
                document = document with { Tables = [.. document.Tables, ReportOutput.YearEnd(yearEnd, engine!.RuleSet)] };
            }

            stdout.Write(ReportOutput.Document(document, format));
        }
        else
        {
            stdout.Write(RectificationReport.Text(status));
            if (yearEnd is not null)
            {
                stdout.Write("\n" + RankedTable.Format(yearEnd, engine!.RuleSet));
            }
        }

        return PbScore.Ok;
    }

    // --quarters 2026: the status at each quarter end of the year, per source.
    private static int Quarters(CommandLine line, string yearText, TextWriter stdout)
    {
        if (line.Single("as-of") is not null || line.Single("rules") is not null)
        {
            throw new UsageException("--quarters shows the status at each quarter end; it does not combine with --as-of or --rules.");
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
        {
            throw new UsageException($"--quarters must be a year such as 2026, not \"{yearText}\".");
        }

        var format = line.Choice("format", "table", "table", "json");
        var results = RectificationTracker.Quarterly(ProblemReader.ReadFile(line.Required("problems")), year);
        stdout.Write(format == "json" ? RectificationReport.QuarterlyJson(results) + "\n" : RectificationReport.QuarterlyText(results));
        return PbScore.Ok;
    }
}
