using System.Text;

namespace PartyBuilding.Scoring.Cli.Commands;

// --output <file>: text goes to the file (UTF-8 without BOM) or the terminal; a workbook always needs a file.
internal static class OutputFile
{
    public static void WriteText(CommandLine line, TextWriter stdout, string text)
    {
        if (line.Single("output") is { } path)
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
        else
        {
            stdout.Write(text);
        }
    }

    public static int WriteXlsx(CommandLine line, Action<Stream> write)
    {
        var path = line.Single("output") ?? throw new UsageException("--format xlsx writes a workbook: give the file with --output <file.xlsx>.");
        using (var stream = File.Create(path))
        {
            write(stream);
        }

        return PbScore.Ok;
    }
}
