namespace PartyBuilding.Scoring.Records;

// Records that can be read again from their source, each enumeration opening it anew (RecordReader.StreamFile):
// the one kind of input a multi-pass batch (peers, childInputs) reads more than once instead of buffering it.
// Any other IEnumerable may be single-use (a stream, a generator) and is enumerated exactly once.
internal sealed class ReopenableRecords(Func<IEnumerable<RecordReadResult>> open) : IEnumerable<RecordReadResult>
{
    public IEnumerator<RecordReadResult> GetEnumerator() => open().GetEnumerator();

    // The same source with a step over each reading (a progress counter), still re-opened on each enumeration: a wrapper
    // over it that is a plain IEnumerable would make a multi-pass batch buffer every record in memory.
    public ReopenableRecords Each(Func<IEnumerable<RecordReadResult>, IEnumerable<RecordReadResult>> step) => new(() => step(open()));

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
