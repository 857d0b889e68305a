namespace PartyBuilding.Scoring.Reporting;

// Passes the bulletin's JSON straight to a seekable output while it is hashed, with a field for the hash put in after the
// first occurrence of a marker (the field before it, near the top, searched in the same head as the temporary-file
// path): the field's value is written as zeros and filled in once the hash is known (Fill). Saves writing the whole JSON to a temporary file and copying it (gigabytes at national
// scale); the bytes are the same.
internal sealed class HashFieldStream(Stream output, HashFieldStream.Place place, byte[] fieldStart, int valueLength, byte[] fieldEnd) : WriteOnlyStream
{
    private readonly MemoryStream head = new();
    private long valueAt = -1;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (valueAt >= 0)
        {
            output.Write(buffer);
            return;
        }

        head.Write(buffer);
        var bytes = head.GetBuffer().AsSpan(0, (int)head.Length);
        var found = bytes[..(int)Math.Min(bytes.Length, place.Within)].IndexOf(place.Marker);
        if (found < 0)
        {
            if (bytes.Length >= place.Within)
            {
                throw new InvalidOperationException(place.NotFound);
            }

            return;
        }

        var at = found + place.Marker.Length;
        output.Write(bytes[..at]);
        output.Write(fieldStart);
        valueAt = output.Position;
        Span<byte> zeros = stackalloc byte[valueLength];
        zeros.Fill((byte)'0');
        output.Write(zeros);
        output.Write(fieldEnd);
        output.Write(bytes[at..]);
        head.SetLength(0);
    }

    // Writes the value of the field (as many bytes as the placeholder) and leaves the output at its end.
    public void Fill(ReadOnlySpan<byte> value)
    {
        if (valueAt < 0 || value.Length != valueLength)
        {
            throw new InvalidOperationException(place.NotFound);
        }

        var end = output.Position;
        output.Position = valueAt;
        output.Write(value);
        output.Position = end;
    }

    public override void Flush() => output.Flush();

    // Where the field goes: right after the first Marker within the first Within bytes; NotFound says it is not there.
    internal sealed record Place(byte[] Marker, long Within, string NotFound);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            head.Dispose();
        }

        base.Dispose(disposing);
    }
}
