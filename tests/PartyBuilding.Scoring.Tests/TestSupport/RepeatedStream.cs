namespace PartyBuilding.Scoring.Tests.TestSupport;

// A read-only stream of prefix + pattern × count + suffix, made as it is read: a file of tens of megabytes for a test
// without holding it (or writing it) anywhere.
internal sealed class RepeatedStream(byte[] prefix, byte[] pattern, long repeat, byte[] suffix) : Stream
{
    private readonly long length = prefix.Length + (pattern.Length * repeat) + suffix.Length;
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var middle = pattern.Length * repeat;
        var written = 0;
        while (written < count && position < length)
        {
            byte b;
            if (position < prefix.Length)
            {
                b = prefix[position];
            }
            else if (position < prefix.Length + middle)
            {
                b = pattern[(position - prefix.Length) % pattern.Length];
            }
            else
            {
                b = suffix[position - prefix.Length - middle];
            }

            buffer[offset + written++] = b;
            position++;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
