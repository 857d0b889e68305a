namespace PartyBuilding.Scoring.Cli;

// The few options pbscore takes: "--name value" pairs (an option may repeat) and positional arguments.
internal sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);

    private CommandLine(string command) => Command = command;

    public string Command { get; }

    public List<string> Positional { get; } = [];

    // Ctrl+C: a batch stops before its next record and says how far it got (PbScore.Cancelled).
    public CancellationToken Cancellation { get; private set; }

    public static CommandLine Parse(string[] args, IReadOnlyList<string> known, CancellationToken cancellation = default)
    {
        if (args.Length == 0)
        {
            throw new UsageException("No command given.");
        }

        var line = new CommandLine(args[0]) { Cancellation = cancellation };
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                line.Positional.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (!known.Contains(name))
            {
                throw new UsageException(known.Count == 0
                    ? $"\"{line.Command}\" takes no options, not --{name}."
                    : $"\"{line.Command}\" does not take --{name}; its options are {string.Join(", ", known.Select(k => "--" + k))}.");
            }

            if (i + 1 >= args.Length)
            {
                throw new UsageException($"The option --{name} needs a value.");
            }

            if (!line.options.TryGetValue(name, out var values))
            {
                line.options[name] = values = [];
            }

            values.Add(args[++i]);
        }

        return line;
    }

    public string? Single(string name)
    {
        if (!options.TryGetValue(name, out var values))
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new UsageException($"The option --{name} is given {values.Count} times; give it once.");
    }

    public IReadOnlyList<string> All(string name) => options.TryGetValue(name, out var values) ? values : [];

    public string Required(string name) => Single(name) ?? throw new UsageException($"The option --{name} is required for \"{Command}\".");

    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Single(name) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"--{name} must be one of {string.Join(", ", allowed)}, not \"{value}\".");
    }
}

internal sealed class UsageException(string message) : Exception(message);
