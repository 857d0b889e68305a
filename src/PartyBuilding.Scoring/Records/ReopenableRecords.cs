namespace PartyBuilding.Scoring.Records;

// Records that can be read again from their source, each enumeration opening it anew (RecordReader.StreamFile):
// the one kind of input a multi-pass batch (peers, childInputs) reads more than once instead of buffering it.
// Any other IEnumerable may be single-use (a stream, a generator) and is enumerated exactly once.
internal sealed class ReopenableRecords(Func<IEnumerable<RecordReadResult>> open) : IEnumerable<RecordReadResult>
{
    public IEnumerator<RecordReadResult> GetEnumerator() => open().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
