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
            pbscore template [--rules <file>] [--format json|csv|xlsx] [--type <organization type>] [--out <file>]

            Prints the record that earns full marks, every input a record supplies listed: a data-entry template.
            Inputs the rule file fills itself (components, peers, childInputs) are left out; score-supplying reviews are listed.
            {Rules}
              --format         json (default), csv, or xlsx (needs --out; sheet "records" to fill in, sheet "inputs" with titles and ranges)
              --type           organization type (one of the rule file's categories)
              --out <file>     write to a file instead of the terminal
            """,
        ["score"] = $"""
            pbscore score [--rules <file>] --input <records.json|.csv|.xlsx> [--format table|json|xlsx] [--carry <result.json>…] [--out <file>]

            Scores every record and prints the ranked results, then the lagging organizations and the roll-ups when the
            rule file declares them; rejected records are listed with id, line and reason.
            Records read = scored + rejected. Shows progress on a terminal for long batches.
            {Rules}
              --input <file>   records as JSON, CSV or Excel (.xlsx); CSV/Excel headers are input ids or their titles
              --format         table (default), json, or xlsx (needs --out; sheets "results" and "rejected")
              --carry <file>   results (pbscore score --format json) of the assessments the rule file's "components" come from
              --out <file>     write to a file instead of the terminal
              --max-record-bytes <n>  the largest record read (default 1048576); a larger one is rejected (PBR120, PBR121)
            Exit codes: 0 scored, 1 usage or input error, 2 invalid rule file.
            """,
        ["explain"] = $"""
            pbscore explain [--rules <file>] --input <records> --id <record id> [--organizations <tree>] [--carry <result.json>…]
                            [--problems <problems.json> --as-of <yyyy-MM-dd>]

            Scores the whole batch as score and bulletin do and prints the line-by-line trace of one organization from it:
            every criterion, its points and why, then its rank, the quotas that moved it, whether it is lagging and the
            roll-ups that concern it. A record the batch rejects (a duplicate id, a missing component …) is reported with the
            batch's reasons. Give the same files as for score: peers, children's inputs, carried components and quotas
            depend on the whole batch.
            {Rules}
              --organizations  the organization tree (parents, groups, roll-ups)
              --carry <file>   results (pbscore score --format json) of the assessments the rule file's "components" come from
              --problems, --as-of  the problems and the day, for rule files that read rectification counts
            Exit codes: 0 explained, 1 no such record or rejected by the batch, 2 invalid rule file.
            """,
        ["test"] = TestCommand.Help,
        ["bulletin"] = """
            pbscore bulletin [--rules <file>] --input <records.json|.csv|.xlsx> [--organizations <tree.json|csv>] [--previous <result.json>]
                             [--carry <result.json>…] [--format md|csv|html|json|xlsx] [--out <file>]

            Scores a batch and writes its bulletin (通报) with the SHA-256 of rule set, input and result. xlsx (needs --out)
            gives a "summary" sheet of the fields and one sheet per table. The traces behind the result SHA-256 go to a
            temporary file while the batch is scored, so memory holds one outcome per organization, not its trace.
            JSON is written row by row as it is produced.
            --max-record-bytes <n> (score, bulletin, verify, diff, explain): the largest record read, default 1048576.
            --parallel <n> (score, bulletin, verify): threads that score, default every core (the library's BatchOptions default is 1); the output is the same for every n.
            --result-hash no: build no trace and leave out the result SHA-256 (a draft: much faster for national batches,
                              whose result JSON with every trace is tens of gigabytes; verify still checks every table cell).
            """,
        ["verify"] = """
            pbscore verify --bulletin <published.json> [--rules <file>] --input <records> [--organizations <tree>] [--previous <result.json>] [--carry …]

            Rebuilds the bulletin from the files (give the same files it was published with) and compares every published
            fingerprint, field and table cell with it: ranks, group ranks, band counts, promoted and demoted, lagging,
            roll-ups, rejected records. Prints each difference by table and organization.
            Exit codes: 0 matches, 3 does not match.
            """,
        ["diff"] = """
            pbscore diff --rules <old> --rules <new> --input <records> [--format md|csv|html|json] [--out <file>]
            pbscore diff [--rules <file>] --previous <result.json> --input <records> [--format …] [--out <file>]

            Compares the outcomes of the same records under two rule files, or against a previous result (pbscore score
            --format json): who moves, by how much, into which band.
            """,
        ["inspect"] = """
            pbscore inspect [--rules <inspection rules>] --input <inspections.json> [--format table|json|md|csv|html]

            Scores monthly party-building inspections (巡查); without --rules the shipped monthly-inspection rules.
            """,
        ["rectification"] = """
            pbscore rectification --problems <problems.json> --as-of <yyyy-MM-dd> [--rules <year-end rules> --input <records> [--carry <result.json>…]] [--format table|json|md|csv|html]
            pbscore rectification --problems <problems.json> --quarters <year> [--format table|json]

            Tracks rectification of problems found (整改): status as of a day, or at each quarter end of a year.
            """,
        ["review"] = """
            pbscore review [--rules <file with dutyReview>] --input <subjects.json|.csv> --reviews <reviews.json|.csv> [--format table|json|md|csv|html]

            Scores duty-report reviews (述职评议); without --rules the shipped duty-report-review rules.
            A .csv review file has the header subject,reviewerId,reviewerName,category,grade,score (one review per row).
            """,
        ["generate"] = """
            pbscore generate [--rules <file>] --count <n> [--seed <n>] [--format json|csv] [--out <file>] [--tree <tree.json>] [--shape flat|national]

            Writes n valid records for the rule file (for load tests and benchmarks): branches b0000001… under party
            committees c00001… (40 each, every tenth a general branch), values spread over the bands. The same rules,
            count, seed and format give the same bytes. --tree writes the organization tree (committees under w01) for
            --organizations. Written as generated, so memory does not grow with --count. Inputs the rule file fills
            itself (components, peers, childInputs) are left out and review sources that supply a score get one, so
            the records score without rejection; a file with components needs the carried results (--carry) of the
            other rule file, generated and scored with the same --count and --seed so the ids join.
            --shape national: n is every organization of a three-level grassroots tree in the proportions of China's
            party statistics (about 6 % party committees, 6 % general branches, 88 % branches; about a third of the
            branches under a general branch, the rest directly under a committee): the records are the branches, --tree
            the committees c0000001… (under w01) and general branches g0000001…. n = 5200000 is the national scale.
            """,
        ["history"] = """
            pbscore history [--rules <version file>]… --input <history.json> --as-of <yyyy-MM-dd> [--format text|json]

            Computes each organization's annual results and star history over the years, each year under the rule-set
            version in force on its last day. Without --rules the shipped star-rating-cycle versions 2024.1 and 2026.1.
              --rules <file>   a version of the rule set (repeat for each version)
              --input <file>   the history file (periods, events, determinations per organization)
              --as-of <date>   required: compute as of this day (yyyy-MM-dd); later years, events and expiries are not
                               applied (no default from the clock, so the same input always gives the same output)
              --format         text (default) or json
            Exit codes: 0 computed, 1 usage or input error, 2 invalid rule file.
            """,
    };

    public static string? For(string command) => Texts.GetValueOrDefault(command);
}
