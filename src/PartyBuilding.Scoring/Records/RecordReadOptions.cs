namespace PartyBuilding.Scoring.Records;

/// <summary>Limits for reading record files (<see cref="RecordReader"/>).</summary>
public sealed record RecordReadOptions
{
    /// <summary>The default limits: 1 MiB per record.</summary>
    public static RecordReadOptions Default { get; } = new();

    /// <summary>
    /// The largest record, in bytes of UTF-8 input, that is read (default 1 MiB; a real record is a few kilobytes).
    /// A larger JSON record is skipped without being held in memory and rejected with <c>PBR120</c>, its id when it comes
    /// before the limit, and its line; the records after it are read. A larger CSV row, however long, is rejected with
    /// <c>PBR121</c> (its id, line and size) and the rows after it are read; a row past about twice the limit is skipped
    /// without being held in memory. A CSV file that ends inside a quoted field (an unclosed quote, in any row, oversized or
    /// not) stops the read with an <see cref="InvalidDataException"/> naming the row's line, because nothing tells where
    /// its next row starts.
    /// </summary>
    public int MaxRecordBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The record size limit must be at least 1 byte.");
    } = 1024 * 1024;
}
