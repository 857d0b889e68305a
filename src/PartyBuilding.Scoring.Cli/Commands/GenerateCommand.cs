using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore generate: a deterministic batch of valid records for a rule set (for load tests and benchmarks), written as
// it is produced so memory does not grow with --count. The same rules, count, seed and format give the same bytes.
// Records are branches under party committees c00001…; --tree writes that organization tree (committees under w01).
// --shape national: --count is every grassroots organization of a three-level tree in China's proportions (NationalShape):
// the records are its branches, the tree holds the party committees and general branches above them.
internal static class GenerateCommand
{
    // Branches per party committee; every tenth committee is a general branch instead.
    private const int BranchesPerParent = 40;

    public static int Run(CommandLine line, TextWriter stdout)
    {
        var engine = ScoredInput.LoadRules(line.Single("rules"));
        var count = Positive(line.Required("count"), "count", allowZero: true);
        var seed = Positive(line.Single("seed") ?? "1", "seed", allowZero: true);
        var csv = line.Choice("format", "json", "json", "csv") == "csv";
        if (line.Choice("shape", "flat", "flat", "national") == "national")
        {
            var shape = NationalShape.Of(count);
            Write(line.Single("out"), stdout, writer => Records(writer, engine.RuleSet, shape.Branches, (ulong)seed, csv, shape.ParentOf, 7));
            if (line.Single("tree") is { } nationalTree)
            {
                Write(nationalTree, stdout, shape.WriteTree);
            }

            return PbScore.Ok;
        }

        var parents = Math.Max(1, (count + BranchesPerParent - 1) / BranchesPerParent);
        Write(line.Single("out"), stdout, writer => Records(writer, engine.RuleSet, count, (ulong)seed, csv, i => Id("c", (i % parents) + 1, 5), 7));
        if (line.Single("tree") is { } tree)
        {
            Write(tree, stdout, writer => Tree(writer, parents));
        }

        return PbScore.Ok;
    }

    private static void Records(TextWriter writer, RuleSet ruleSet, int count, ulong seed, bool csv, Func<int, string> parentOf, int digits)
    {
        var random = new SplitMix(seed);
        var types = ruleSet.Categories.Select(c => c.Id).ToList();
        // Inputs that criteria deduct per occurrence stay near zero; other inputs grow with the organization's quality.
        var occurrences = ruleSet.Areas.SelectMany(a => a.Criteria)
            .Where(c => c.Method == ScoringMethod.Deduction && c.Input is not null).Select(c => c.Input!).ToHashSet(StringComparer.Ordinal);
        // Records give only what records may give: inputs the file fills itself (components carried from another
        // assessment, peers, childInputs) are left out, or every record would be rejected (PBR101, PBR104, PBR105).
        var inputs = ruleSet.RecordInputs;
        // Review sources that supply their own score (基层评, 群众评) need one per record (else PBR009).
        var reviews = ruleSet.Reviews.Where(r => r.Supplies == ReviewSupply.Score).Select(r => r.Id).ToList();
        if (csv)
        {
            writer.Write("id,name,type,parent");
            foreach (var column in inputs.Select(i => i.Id).Concat(reviews.Select(r => "reviews." + r)))
            {
                writer.Write(',');
                writer.Write(column);
            }

            writer.Write('\n');
        }
        else
        {
            writer.Write("[\n");
        }

        for (var i = 0; i < count; i++)
        {
            var id = Id("b", i + 1, digits);
            var type = types.Count == 0 ? null : types[random.Below(types.Count)];
            var parent = parentOf(i);
            // One quality per organization, so its values agree with each other and scores spread over the bands.
            var quality = 0.6 + 0.4 * Math.Sqrt(random.Unit());
            var values = inputs.Select(input => (input.Id, Text: Value(input, occurrences.Contains(input.Id), quality, random, csv))).ToList();
            var scores = reviews.Select(review => (Id: review, Text: ReviewScore(ruleSet, quality, random))).ToList();
            if (csv)
            {
                writer.Write(string.Join(",", [id, "Branch " + id, type ?? string.Empty, parent, .. values.Select(v => v.Text), .. scores.Select(s => s.Text)]));
                writer.Write('\n');
                continue;
            }

            writer.Write(i == 0 ? "  " : ",\n  ");
            writer.Write($"{{\"id\": \"{id}\", \"name\": \"Branch {id}\", ");
            if (type is not null)
            {
                writer.Write($"\"type\": \"{type}\", ");
            }

            writer.Write($"\"parent\": \"{parent}\", \"values\": {{");
            writer.Write(string.Join(", ", values.Select(v => $"\"{v.Id}\": {v.Text}")));
            writer.Write('}');
            if (scores.Count > 0)
            {
                writer.Write(", \"reviews\": {");
                writer.Write(string.Join(", ", scores.Select(s => $"\"{s.Id}\": {s.Text}")));
                writer.Write('}');
            }

            writer.Write('}');
        }

        if (!csv)
        {
            writer.Write(count == 0 ? "]\n" : "\n]\n");
        }
    }

    // A value inside the input's declared range or choices; a declared default is kept for most organizations
    // (defaults mark the unusual case, such as a serious violation).
    private static string Value(InputDefinition input, bool occurrence, double quality, SplitMix random, bool csv)
    {
        var jitter = random.Unit();
        if (input.Default is { } fallback && random.Unit() < 0.95)
        {
            return Format(fallback, csv);
        }

        var good = Math.Clamp(quality * 0.8 + jitter * 0.2, 0, 1);
        switch (input.Type)
        {
            case InputType.Boolean:
                return good > 0.15 ? "true" : "false";
            case InputType.Grade:
                var choices = input.Choices;
                var grade = choices[Math.Min(choices.Count - 1, (int)((1 - good) * choices.Count))];
                return csv ? grade : $"\"{grade}\"";
            default:
                var min = input.Min ?? 0m;
                var max = input.Max ?? min + 100m;
                // Occurrences stay near zero; other counts (activities, members) use the lower part of their range.
                var share = occurrence ? Math.Pow(jitter, 6) * (1 - good) : input.Type == InputType.Count ? good * good * 0.4 : good;
                var value = min + (max - min) * (decimal)share;
                value = input.Type == InputType.Count ? Math.Round(value, MidpointRounding.ToZero) : Math.Round(value, 1, MidpointRounding.ToZero);
                return Math.Clamp(value, min, max).ToString(CultureInfo.InvariantCulture);
        }
    }

    // A review source's own score, inside the score range and following the organization's quality.
    private static string ReviewScore(RuleSet ruleSet, double quality, SplitMix random)
    {
        var good = Math.Clamp(quality * 0.8 + random.Unit() * 0.2, 0, 1);
        var score = ruleSet.ScoreMin + (ruleSet.ScoreMax - ruleSet.ScoreMin) * (decimal)good;
        return Math.Clamp(Math.Round(score, 1, MidpointRounding.ToZero), ruleSet.ScoreMin, ruleSet.ScoreMax).ToString(CultureInfo.InvariantCulture);
    }

    private static string Format(InputValue value, bool csv) => value.Kind switch
    {
        Scoring.InputValueKind.Boolean => value.Boolean ? "true" : "false",
        Scoring.InputValueKind.Number => value.Number.ToString(CultureInfo.InvariantCulture),
        _ => csv ? value.Text! : $"\"{value.Text}\"",
    };

    private static void Tree(TextWriter writer, int parents)
    {
        writer.Write("[\n  { \"id\": \"w01\", \"name\": \"Working committee\", \"type\": \"committee\" }");
        for (var p = 1; p <= parents; p++)
        {
            var type = p % 10 == 0 ? "generalBranch" : "partyCommittee";
            writer.Write($",\n  {{ \"id\": \"{Id("c", p, 5)}\", \"name\": \"Committee {Id("c", p, 5)}\", \"type\": \"{type}\", \"parent\": \"w01\" }}");
        }

        writer.Write("\n]\n");
    }

    internal static string Id(string prefix, int number, int digits) => prefix + number.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void Write(string? path, TextWriter stdout, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(stdout);
            return;
        }

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        write(writer);
    }

    private static int Positive(string text, string name, bool allowZero) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && (allowZero || value > 0)
            ? value
            : throw new UsageException($"--{name} must be a whole number of 0 or more, not \"{text}\".");

    // SplitMix64: a small, fixed pseudo-random sequence, so the output never depends on the runtime's Random.
    private sealed class SplitMix(ulong seed)
    {
        private ulong state = seed;

        public ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

        public int Below(int n) => (int)(Next() % (ulong)n);
    }
}
