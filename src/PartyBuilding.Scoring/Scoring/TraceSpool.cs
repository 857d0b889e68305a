using System.Text;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// The traces of a batch scored with BatchTrace.Spool: written to a temporary file as each record is scored, read back
// one result at a time when the result JSON is written. Memory holds one offset per organization.
// Not for concurrent use: the batch's writers read it one result after another.
// Nothing is left behind, even when the batch is never disposed or the process is killed (TemporaryFile).
internal sealed class TraceSpool : IDisposable
{
    internal const FileOptions OpenOptions = TemporaryFile.OpenOptions;

    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly BinaryReader reader;
    private readonly Dictionary<string, long> offsets = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public TraceSpool()
    {
        file = TemporaryFile.Create("pbscore-trace-", out var path);
        FilePath = path;
        writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
        reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
    }

    // Where the file was created; on Unix it no longer has this name once the spool is open.
    public string FilePath { get; }

    public void Add(string id, IReadOnlyList<TraceLine> trace)
    {
        lock (gate)
        {
            file.Seek(0, SeekOrigin.End);
            offsets[id] = file.Position;
            writer.Write(trace.Count);
            foreach (var line in trace)
            {
                Nullable(line.Source);
                writer.Write(line.AreaId);
                writer.Write(line.CriterionId);
                writer.Write(line.Title);
                writer.Write((int)line.Kind);
                writer.Write((int)line.Method);
                writer.Write(line.Points);
                writer.Write(line.Max);
                writer.Write(line.Inputs.Count);
                foreach (var input in line.Inputs)
                {
                    writer.Write(input.Id);
                    var value = input.Value;
                    writer.Write((int)value.Kind);
                    switch (value.Kind)
                    {
                        case InputValueKind.Number:
                            writer.Write(value.Number);
                            break;
                        case InputValueKind.Boolean:
                            writer.Write(value.Boolean);
                            break;
                        default:
                            writer.Write(value.Text);
                            break;
                    }
                }

                writer.Write(line.Message);
                Nullable(line.Note);
            }
        }
    }

    public IReadOnlyList<TraceLine> Read(string id)
    {
        lock (gate)
        {
            if (!offsets.TryGetValue(id, out var offset))
            {
                throw new InvalidOperationException($"The trace of \"{id}\" was not spooled.");
            }

            writer.Flush();
            file.Seek(offset, SeekOrigin.Begin);
            var lines = new TraceLine[reader.ReadInt32()];
            for (var i = 0; i < lines.Length; i++)
            {
                var source = NullableString();
                var area = reader.ReadString();
                var criterion = reader.ReadString();
                var title = reader.ReadString();
                var kind = (CriterionKind)reader.ReadInt32();
                var method = (ScoringMethod)reader.ReadInt32();
                var points = reader.ReadDecimal();
                var max = reader.ReadDecimal();
                var inputs = new TraceInput[reader.ReadInt32()];
                for (var j = 0; j < inputs.Length; j++)
                {
                    var inputId = reader.ReadString();
                    InputValue value = (InputValueKind)reader.ReadInt32() switch
                    {
                        InputValueKind.Number => reader.ReadDecimal(),
                        InputValueKind.Boolean => reader.ReadBoolean(),
                        _ => reader.ReadString(),
                    };
                    inputs[j] = new TraceInput(inputId, value);
                }

                lines[i] = new TraceLine(source, area, criterion, title, kind, method, points, max, inputs, reader.ReadString(), NullableString());
            }

            return lines;
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        writer.Dispose();
        file.Dispose();
    }

    private void Nullable(string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private string? NullableString() => reader.ReadBoolean() ? reader.ReadString() : null;
}
