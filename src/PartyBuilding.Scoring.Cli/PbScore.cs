using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cli;

// pbscore: validate rule files, print an input template, score and explain — all through the library's public API
// (one internal hook: the progress display keeps a re-openable record source re-openable, Commands/BatchProgress.cs).
// Exit codes: 0 success, 1 usage or input-file error, 2 invalid rule file, 3 a published bulletin no longer matches,
// 4 internal error (a bug: reported in one line, without a stack trace), 130 cancelled (Ctrl+C during a batch).
internal static class PbScore
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int InvalidRules = 2;
    public const int InternalError = 4;
    public const int Cancelled = 130;

    private const string Usage = """
        pbscore — party-building assessment scoring (党建考评)

        Usage:
          pbscore validate <rule files…>
          pbscore template [--rules <file>] [--format json|csv|xlsx] [--type <organization type>] [--out <file>]
          pbscore score    [--rules <file>] --input <records.json|.csv|.xlsx> [--format table|json|xlsx] [--carry <result.json>…]
                           [--organizations <tree.json|csv>] [--previous <result.json>] [--out <file>]
          pbscore bulletin [--rules <file>] --input <records> [--organizations <tree.json|csv>] [--previous <result.json>]
                           [--carry <result.json>…] [--format md|csv|html|json|xlsx] [--out <file>] [--result-hash yes|no]
          pbscore verify   --bulletin <published.json> [--rules <file>] --input <records> [--organizations <tree>] [--previous <result.json>] [--carry …]
          pbscore diff     --rules <old> --rules <new> --input <records> [--format md|csv|html|json] [--out <file>]
          pbscore diff     [--rules <file>] --previous <result.json> --input <records> [--format …] [--out <file>]
          pbscore generate [--rules <file>] --count <n> [--seed <n>] [--format json|csv] [--out <file>] [--tree <tree.json>] [--shape flat|national]
          pbscore explain  [--rules <file>] --input <records> --id <record id> [--organizations <tree>] [--carry <result.json>…]
                           [--problems <problems.json> --as-of <yyyy-MM-dd>]
          pbscore test     <rule files…>                 run the rule files' own tests
          pbscore history  [--rules <version file>]… --input <history.json> --as-of <yyyy-MM-dd> [--format text|json]
          pbscore inspect  [--rules <inspection rules>] --input <inspections.json> [--format table|json|md|csv|html]
          pbscore rectification --problems <problems.json> --as-of <yyyy-MM-dd> [--rules <year-end rules> --input <records> [--carry <result.json>…]] [--format table|json|md|csv|html]
          pbscore rectification --problems <problems.json> --quarters <year> [--format table|json]
          pbscore review   [--rules <file with dutyReview>] --input <subjects.json|.csv> --reviews <reviews.json|.csv> [--format table|json|md|csv|html]
          pbscore <command> --help                       options of one command

        Without --rules the shipped star-rating rules (党支部星级管理) are used; for history, the shipped
        star-rating-cycle versions 2024.1 and 2026.1; review and inspect use the shipped duty-report-review and
        monthly-inspection rules. --carry gives the results (pbscore score --format json) of the assessments a rule
        file's "components" come from.
        score, bulletin, verify, diff and explain take --max-record-bytes <n> (default 1048576): a larger record is rejected (PBR120/PBR121).
        score, bulletin and verify take --parallel <n> (default: every core; the library's own default is 1): threads that score; the output is the same for every n.
        Exit codes: 0 success, 1 usage or input error, 2 invalid rule file, 3 published bulletin does not match (verify)
        or a rule-file test failed (test), 4 internal error (a bug in pbscore), 130 cancelled with Ctrl+C (a batch
        stops before its next record, prints how many records it read, scored and rejected, and writes nothing).
        """;

    // The options each command takes; any other option is a usage error naming the command and these.
    private static readonly Dictionary<string, string[]> Options = new(StringComparer.Ordinal)
    {
        ["validate"] = [],
        ["template"] = ["rules", "format", "type", "out"],
        ["score"] = ["rules", "input", "format", "carry", "organizations", "previous", "out", "max-record-bytes", "parallel"],
        ["explain"] = ["rules", "input", "id", "carry", "organizations", "problems", "as-of", "max-record-bytes"],
        ["test"] = [],
        ["diff"] = ["rules", "input", "previous", "carry", "format", "out", "max-record-bytes"],
        ["bulletin"] = ["rules", "input", "organizations", "previous", "carry", "format", "out", "max-record-bytes", "parallel", "result-hash"],
        ["verify"] = ["bulletin", "rules", "input", "organizations", "previous", "carry", "max-record-bytes", "parallel"],
        ["generate"] = ["rules", "count", "seed", "format", "out", "tree", "shape"],
        ["review"] = ["rules", "input", "reviews", "format"],
        ["inspect"] = ["rules", "input", "format"],
        ["rectification"] = ["problems", "as-of", "quarters", "rules", "input", "carry", "format"],
        ["history"] = ["rules", "input", "as-of", "format"],
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => RunCancellable(args, stdout, stderr, CancellationToken.None);

    // cancellation: Ctrl+C (Program.cs); a batch being scored stops and the command exits with Cancelled. (Not an overload
    // of Run: every test would be asked to pass its own token.)
    public static int RunCancellable(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (args is [] or ["--help" or "-h" or "help"])
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }

        if (args is [var command, "--help" or "-h"] && Commands.CommandHelp.For(command) is { } help)
        {
            stdout.WriteLine(help);
            return Ok;
        }

        try
        {
            var known = Options.TryGetValue(args[0], out var taken) ? taken : throw new UsageException($"Unknown command \"{args[0]}\".");
            var line = CommandLine.Parse(args, known, cancellation);
            return line.Command switch
            {
                "validate" => Validate(line, stdout, stderr),
                "template" => Template(line, stdout),
                "score" => Score(line, stdout),
                "explain" => Commands.ExplainCommand.Run(line, stdout),
                "test" => Commands.TestCommand.Run(line, stdout, stderr),
                "diff" => Commands.DiffCommand.Run(line, stdout),
                "bulletin" => Commands.BulletinCommand.Bulletin(line, stdout),
                "verify" => Commands.BulletinCommand.Verify(line, stdout),
                "review" => Commands.ReviewCommand.Run(line, stdout),
                "inspect" => Commands.InspectCommand.Run(line, stdout),
                "rectification" => Commands.RectificationCommand.Run(line, stdout),
                "history" => HistoryCommand.Run(line, stdout),
                "generate" => Commands.GenerateCommand.Run(line, stdout),
                _ => throw new UsageException($"Unknown command \"{line.Command}\"."),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            stderr.WriteLine(Usage);
            return UsageError;
        }
        catch (RuleFileException ex)
        {
            WriteErrors(ex, stderr);
            return InvalidRules;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + ex.Message);
            return UsageError;
        }
        catch (BatchCancelledException ex)
        {
            stderr.WriteLine("cancelled: " + ex.Message);
            return Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last resort: whatever escaped is a bug, not bad input; one line for the user, no stack trace.
            stderr.WriteLine(InternalErrorMessage(ex));
            return InternalError;
        }
    }

    private static string InternalErrorMessage(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ").Trim();
        return $"internal error: {ex.GetType().Name}: {message} (this is a bug in pbscore; please report it with the command line and the input files).";
    }

    private static int Validate(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Positional.Count == 0)
        {
            throw new UsageException("validate needs at least one rule file.");
        }

        var failed = false;
        foreach (var file in line.Positional)
        {
            try
            {
                var engine = ScoringEngine.Load(file);
                var identity = engine.RuleSet.Identity;
                stdout.WriteLine($"{file}: ok ({identity.Id} {identity.Version}, sha256 {identity.Sha256})");
            }
            catch (RuleFileException ex)
            {
                WriteErrors(ex, stderr);
                failed = true;
            }
        }

        return failed ? InvalidRules : Ok;
    }

    private static int Template(CommandLine line, TextWriter stdout)
    {
        var engine = LoadRules(line);
        var format = line.Choice("format", "json", "json", "csv", "xlsx");
        var type = line.Single("type");
        if (type is not null && engine.RuleSet.Categories.Count > 0 && !engine.RuleSet.Categories.Any(c => c.Id == type))
        {
            throw new UsageException($"--type must be one of {string.Join(", ", engine.RuleSet.Categories.Select(c => c.Id))}.");
        }

        var record = engine.CreateFullMarksRecord(type);
        if (format == "xlsx")
        {
            return Commands.OutputFile.WriteXlsx(line, stream => RecordTemplate.Xlsx(stream, record, engine.RuleSet));
        }

        Commands.ScoredInput.Write(line, format == "csv" ? RecordTemplate.Csv(record, engine.RuleSet) : RecordTemplate.Json(record, engine.RuleSet), stdout);
        return Ok;
    }

    private static int Score(CommandLine line, TextWriter stdout)
    {
        var engine = LoadRules(line);
        var format = line.Choice("format", "table", "table", "json", "xlsx");
        var organizations = line.Single("organizations") is { } tree ? Hierarchy.OrganizationTree.ReadFile(tree) : null;
        using var batch = Commands.ScoredInput.Score(
            engine, line.Required("input"), line.All("carry"), organizations, format == "json" ? BatchTrace.Spool : BatchTrace.Omit, Commands.ScoredInput.ReadOptions(line),
            parallelism: Commands.ScoredInput.Parallelism(line), cancellation: line.Cancellation);
        if (format == "xlsx")
        {
            return Commands.OutputFile.WriteXlsx(line, stream => XlsxWorkbook.Write(stream, RankedSheets.Create(batch)));
        }

        if (format == "json")
        {
            if (line.Single("previous") is not null)
            {
                throw new UsageException("--previous adds a comparison to the table; for JSON use pbscore diff or pbscore bulletin --format json.");
            }

            Commands.ScoredInput.WriteResultJson(line, batch, stdout);
            return Ok;
        }

        var text = RankedTable.Format(batch, engine.RuleSet);
        if (line.Single("previous") is { } previous)
        {
            text += Commands.DiffCommand.Summary(Commands.PreviousResult.Read(previous, engine.RuleSet.Identity), batch);
        }

        Commands.ScoredInput.Write(line, text, stdout);
        return Ok;
    }

    private static ScoringEngine LoadRules(CommandLine line) => Commands.ScoredInput.LoadRules(line.Single("rules"));

    private static void WriteErrors(RuleFileException ex, TextWriter stderr)
    {
        foreach (var error in ex.Errors)
        {
            stderr.WriteLine(Located(error));
        }
    }

    internal static string Located(RuleFileError error) => string.Create(CultureInfo.InvariantCulture,
        $"{error.File}({error.Line},{error.Column}): error {error.Code}: {error.Message} [{error.JsonPath}]");
}
