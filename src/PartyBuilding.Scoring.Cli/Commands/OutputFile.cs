namespace PartyBuilding.Scoring.Cli.Commands;

// --format xlsx: a workbook always goes to the file named by --out (text formats use ScoredInput.Write).
internal static class OutputFile
{
    public static int WriteXlsx(CommandLine line, Action<Stream> write)
    {
        var path = line.Single("out") ?? throw new UsageException("--format xlsx writes a workbook: give the file with --out <file.xlsx>.");
        using (var stream = File.Create(path))
        {
            write(stream);
        }

        return PbScore.Ok;
    }
}
