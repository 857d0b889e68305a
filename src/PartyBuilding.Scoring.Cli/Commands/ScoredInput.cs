using PartyBuilding.Scoring.Appraisal;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cli.Commands;

// The batch every scoring command starts from: rules loaded, records streamed from --input,
// components carried in from --carry result files, scored and ranked.
internal static class ScoredInput
{
    public static ScoringEngine LoadRules(string? path) => path is not null ? ScoringEngine.Load(path) : RuleSets.StarRating();

    // trace: Omit when only outcomes are shown (tables, comparisons), Spool when the result JSON or its hash is written.
    // extra: a last step over the records before they are scored (e.g. rectification counts).
    public static BatchResult Score(
        ScoringEngine engine, string input, IReadOnlyList<string> carryFiles, Hierarchy.OrganizationTree? organizations = null,
        BatchTrace trace = BatchTrace.Keep, RecordReadOptions? read = null, Func<IEnumerable<RecordReadResult>, IEnumerable<RecordReadResult>>? extra = null,
        int? parallelism = null, CancellationToken cancellation = default)
    {
        var items = BatchProgress.Track(RecordReader.StreamFile(input, engine.RuleSet, read ?? RecordReadOptions.Default), BatchProgress.Terminal);
        if (Carry(engine, carryFiles) is { } carry)
        {
            items = carry.Apply(items);
        }

        return engine.ScoreBatch(extra is null ? items : extra(items), new BatchOptions
        {
            Organizations = organizations, Trace = trace, MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount, CancellationToken = cancellation,
        });
    }

    // The result JSON streamed one result at a time (traces read back from the batch's spool) to --out or stdout.
    public static void WriteResultJson(CommandLine line, BatchResult batch, TextWriter stdout)
    {
        if (line.Single("out") is { } path)
        {
            using var file = File.Create(path);
            ResultJson.Write(file, batch);
            file.WriteByte((byte)'\n');
            return;
        }

        using (var stream = new TextWriterStream(stdout))
        {
            ResultJson.Write(stream, batch);
        }

        stdout.Write('\n');
    }

    // --max-record-bytes: the largest record read (RecordReadOptions.MaxRecordBytes); 1 MiB when not given.
    public static RecordReadOptions ReadOptions(CommandLine line) => line.Single("max-record-bytes") is not { } text
        ? RecordReadOptions.Default
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? new RecordReadOptions { MaxRecordBytes = bytes }
            : throw new UsageException($"--max-record-bytes must be a whole number of bytes above 0, not \"{text}\".");

    // --parallel: threads that score (BatchOptions.MaxDegreeOfParallelism); every core when not given (null). The
    // library's default is one thread, since an embedder may reuse a record once it is yielded; pbscore's reader and
    // carry/rectification steps make a fresh record per row, so reading ahead is safe here.
    public static int? Parallelism(CommandLine line) => line.Single("parallel") is not { } text
        ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var threads) && threads > 0
            ? threads
            : throw new UsageException($"--parallel must be a whole number of threads above 0, not \"{text}\".");

    // The components of the rule set from the --carry result files; null when there is nothing to carry.
    public static ComponentCarry? Carry(ScoringEngine engine, IReadOnlyList<string> carryFiles)
    {
        if (engine.RuleSet.Components.Count == 0 && carryFiles.Count == 0)
        {
            return null;
        }

        try
        {
            return new ComponentCarry(engine.RuleSet, carryFiles.Select(ResultJson.ReadOutcomes));
        }
        catch (ArgumentException ex)
        {
            // A --carry file is missing or holds the wrong results: a problem of the command line, said plainly.
            throw new InvalidDataException(ex.Message.Replace(" (Parameter 'sources')", string.Empty, StringComparison.Ordinal) + " Give it with --carry <result.json>.", ex);
        }
    }

    public static ReportFormat Format(CommandLine line) => line.Choice("format", "md", "md", "csv", "html", "json") switch
    {
        "csv" => ReportFormat.Csv,
        "html" => ReportFormat.Html,
        "json" => ReportFormat.Json,
        _ => ReportFormat.Markdown,
    };

    // Bytes written as they are produced, to --out or stdout.
    public static void WriteStream(CommandLine line, TextWriter stdout, Action<Stream> write)
    {
        if (line.Single("out") is { } path)
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            write(file);
        }
        else
        {
            using var stream = new TextWriterStream(stdout);
            write(stream);
        }
    }

    public static void Write(CommandLine line, string text, TextWriter stdout)
    {
        if (line.Single("out") is { } path)
        {
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        }
        else
        {
            stdout.Write(text);
        }
    }
}
