using System.Text;

namespace PartyBuilding.Scoring.Cli.Commands;

// A write-only stream that decodes UTF-8 into a TextWriter (stdout), so JSON written as bytes reaches the console as it
// is produced. A character split across two writes is kept by the decoder until its last byte arrives.
internal sealed class TextWriterStream(TextWriter writer) : Reporting.WriteOnlyStream
{
    private readonly Decoder decoder = new UTF8Encoding(false, true).GetDecoder();
    private char[] chars = new char[4096];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = decoder.GetCharCount(buffer, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[needed];
        }

        var count = decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, count);
    }

    // Nothing to do: the writer flushes itself (the console autoflushes); flushing it after every JSON chunk would be slow.
    public override void Flush()
    {
    }
}
