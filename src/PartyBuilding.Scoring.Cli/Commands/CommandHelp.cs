namespace PartyBuilding.Scoring.Cli.Commands;

// "pbscore <command> --help": what each command does, its options and exit codes.
internal static class CommandHelp
{
    private const string Rules = "  --rules <file>   the rule file; without it the shipped star-rating rules (党支部星级管理)";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["validate"] = """
            pbscore validate <rule files…>

            Loads each rule file and reports every problem as file(line,col): error PBSnnn: message [json path],
            the form editors and CI logs link to. Prints "ok" with the id, version and sha256 of each valid file.
            Exit codes: 0 all valid, 2 a file is invalid.
            """,
        ["template"] = $"""
            pbscore template [--rules <file>] [--format json|csv|xlsx] [--type <organization type>] [--output <file>]

            Prints the record that earns full marks, every declared input listed: a data-entry template.
            {Rules}
              --format         json (default), csv, or xlsx (needs --output; header row of input ids, Chinese titles in row 2)
              --type           organization type (one of the rule file's categories)
              --output <file>  write to a file instead of the terminal
            """,
        ["score"] = $"""
            pbscore score [--rules <file>] --input <records.json|.csv|.xlsx> [--format table|json|csv|xlsx] [--output <file>]

            Scores every record and prints the ranked results; rejected records are listed with id, line and reason.
            Records read = scored + rejected. Shows progress on a terminal for long batches.
            {Rules}
              --input <file>   records as JSON, CSV or Excel (.xlsx); CSV/Excel headers are input ids or their titles
              --format         table (default), json, csv, or xlsx (needs --output)
              --output <file>  write to a file instead of the terminal
            Exit codes: 0 scored, 1 usage or input error, 2 invalid rule file.
            """,
        ["explain"] = $"""
            pbscore explain [--rules <file>] --input <records> --id <record id>

            Prints the line-by-line trace of one record: every criterion, its points and why.
            {Rules}
            """,
        ["test"] = TestCommand.Help,
        ["history"] = """
            pbscore history [--rules <version file>]… --input <history.json> [--as-of yyyy-MM-dd] [--format text|json]

            Computes each organization's annual results and star history over the years, each year under the rule-set
            version in force on its last day. Without --rules the shipped star-rating-cycle versions 2024.1 and 2026.1.
              --rules <file>   a version of the rule set (repeat for each version)
              --input <file>   the history file (periods, events, determinations per organization)
              --as-of <date>   compute as of this day (yyyy-MM-dd); later years, events and expiries are not applied
              --format         text (default) or json
            Exit codes: 0 computed, 1 usage or input error, 2 invalid rule file.
            """,
    };

    public static string? For(string command) => Texts.GetValueOrDefault(command);
}
