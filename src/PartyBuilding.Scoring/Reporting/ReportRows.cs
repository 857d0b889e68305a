namespace PartyBuilding.Scoring.Reporting;

// Table rows built on demand from their position: a report over millions of organizations holds none of them, and the
// writers (which read each row once, in order) see an ordinary list.
internal sealed class ReportRows(int count, Func<int, IReadOnlyList<string>> row) : IReadOnlyList<IReadOnlyList<string>>
{
    public int Count => count;

    public IReadOnlyList<string> this[int index] => (uint)index < (uint)count ? row(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<IReadOnlyList<string>> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return row(i);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
