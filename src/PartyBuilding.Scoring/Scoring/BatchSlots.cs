using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

// What a batch keeps per id while it streams: one compact slot (struct-of-arrays in 64 Ki chunks, no object per
// organization beyond its id and name strings), the area points packed in 8 bytes each in one chunked store, and the rare extras (a rejection,
// duplicate lines, reviews, vetoes, a kept trace, tie-breaker values) in a side object only when there are any.
// Parents and types are interned, bands and area layouts shared, so an organization costs a few hundred bytes and a
// result is rebuilt (Materialize) only when someone reads it. Not thread-safe: the batch fills it from one thread.
internal sealed class BatchSlots(RuleSetIdentity ruleSet)
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    // A packed value that did not fit (PackedDecimal never gives a negative number).
    private const long Wide = -1;

    private readonly List<Slot[]> slots = [];
    private readonly List<long[]> points = [];

    // Values too wide to pack (PackedDecimal), by position in the points store; a packed -1 marks them.
    private readonly Dictionary<int, decimal> widePoints = [];
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly List<BandResult?> bands = [null];
    private readonly Dictionary<BandResult, ushort> bandIndex = [];
    private readonly List<AreaScore[]> layouts = [];
    private int pointCount;

    public int Count { get; private set; }

    public RuleSetIdentity RuleSet { get; } = ruleSet;

    public bool TryFind(string id, out int index) => byId.TryGetValue(id, out index);

    public ref Slot this[int index] => ref slots[index >> ChunkBits][index & (ChunkSize - 1)];

    // A new id: its first record (read or unreadable) at a line.
    public int Add(string id, string? parent, int? line)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            slots.Add(new Slot[ChunkSize]);
        }

        var index = Count++;
        byId.Add(id, index);
        ref var slot = ref this[index];
        slot.Id = id;
        slot.Parent = Intern(parent);
        slot.Line = line ?? -1;
        slot.Layout = -1;
        return index;
    }

    public Extra ExtraOf(int index)
    {
        ref var slot = ref this[index];
        return slot.Extra ??= new Extra();
    }

    // A second record with the id: none of the copies is scored, whatever order they come in.
    public void AddDuplicate(int index, int? line, RecordRejection? readRejection)
    {
        ref var slot = ref this[index];
        var extra = ExtraOf(index);
        if (extra.Lines is null)
        {
            extra.Lines = [slot.Line < 0 ? null : slot.Line];
            extra.ReadRejections = [extra.ReadRejection];
        }

        extra.Lines.Add(line);
        extra.ReadRejections!.Add(readRejection);
        extra.Rejection = null;
        slot.Layout = -1;
    }

    public void Store(int index, ScoreResult result, decimal?[] tieKeys)
    {
        ref var slot = ref this[index];
        slot.Name = result.Name;
        slot.Type = Intern(result.Type);
        slot.Score = result.Score;
        slot.HasTotal = result.Total is not null;
        if (!PackedDecimal.TryPack(result.Total ?? 0m, out slot.Total))
        {
            ExtraOf(index).WideTotal = result.Total;
            slot.Total = Wide;
        }

        slot.Band = BandIndex(result.Band);
        slot.BandBeforeVetoes = BandIndex(result.BandBeforeVetoes);
        slot.Layout = LayoutIndex(result.Areas);
        slot.Points = pointCount;
        foreach (var area in result.Areas)
        {
            if ((pointCount & (ChunkSize - 1)) == 0)
            {
                points.Add(new long[ChunkSize]);
            }

            if (!PackedDecimal.TryPack(area.Points, out var packed))
            {
                widePoints[pointCount] = area.Points;
                packed = Wide;
            }

            points[pointCount >> ChunkBits][pointCount & (ChunkSize - 1)] = packed;
            pointCount++;
        }

        if (result.Reviews.Count > 0 || result.Vetoes.Count > 0 || result.Trace.Count > 0 || tieKeys.Length > 0)
        {
            var extra = ExtraOf(index);
            extra.Reviews = result.Reviews;
            extra.Vetoes = result.Vetoes;
            extra.Trace = result.Trace;
            extra.TieKeys = tieKeys;
        }
    }

    public bool IsScored(int index) => this[index].Layout >= 0;

    public int? LineOf(int index) => this[index].Line is var line && line >= 0 ? line : null;

    public BandResult? BandOf(int index) => bands[this[index].Band];

    public BandResult? BandAt(ushort band) => bands[band];

    public AreaScore[] LayoutAt(int layout) => layouts[layout];

    public decimal?[] TieKeysOf(int index) => this[index].Extra?.TieKeys ?? [];

    // The result of a scored slot, rebuilt from what was kept: equal in value to the result the engine returned.
    public ScoreResult Materialize(int index)
    {
        ref var slot = ref this[index];
        var layout = layouts[slot.Layout];
        var areas = new AreaScore[layout.Length];
        for (var i = 0; i < areas.Length; i++)
        {
            var at = slot.Points + i;
            var packed = points[at >> ChunkBits][at & (ChunkSize - 1)];
            areas[i] = layout[i] with { Points = packed == Wide ? widePoints[at] : PackedDecimal.Unpack(packed) };
        }

        return new ScoreResult
        {
            RuleSet = RuleSet,
            Id = slot.Id,
            Name = slot.Name,
            Type = slot.Type,
            Parent = slot.Parent,
            Score = slot.Score,
            Total = !slot.HasTotal ? null : slot.Total == Wide ? slot.Extra!.WideTotal : PackedDecimal.Unpack(slot.Total),
            Band = bands[slot.Band],
            BandBeforeVetoes = bands[slot.BandBeforeVetoes],
            Areas = areas,
            Reviews = slot.Extra?.Reviews ?? [],
            Vetoes = slot.Extra?.Vetoes ?? [],
            Trace = slot.Extra?.Trace ?? [],
        };
    }

    private string? Intern(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        strings.Add(text, text);
        return text;
    }

    // Distinct bands are few in a real rule file, but bandsByType gives each category its own table of up to 100: a
    // ushort index holds 65,535 of them, and a batch that meets more (only a hostile rule file) is refused clearly.
    private ushort BandIndex(BandResult? band)
    {
        if (band is null)
        {
            return 0;
        }

        if (bandIndex.TryGetValue(band, out var known))
        {
            return known;
        }

        if (bands.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException("A batch cannot hold more than 65,535 distinct bands.");
        }

        var index = (ushort)bands.Count;
        bands.Add(band);
        bandIndex.Add(band, index);
        return index;
    }

    // Area layouts (source, id, title, max) are few: found by comparing with the ones seen.
    private int LayoutIndex(IReadOnlyList<AreaScore> areas)
    {
        for (var i = 0; i < layouts.Count; i++)
        {
            if (SameLayout(layouts[i], areas))
            {
                return i;
            }
        }

        layouts.Add([.. areas.Select(a => a with { Points = 0m })]);
        return layouts.Count - 1;
    }

    private static bool SameLayout(AreaScore[] layout, IReadOnlyList<AreaScore> areas)
    {
        if (layout.Length != areas.Count)
        {
            return false;
        }

        for (var i = 0; i < layout.Length; i++)
        {
            var (a, b) = (layout[i], areas[i]);
            if (a.Max != b.Max || !string.Equals(a.Id, b.Id, StringComparison.Ordinal) || !string.Equals(a.Source, b.Source, StringComparison.Ordinal)
                || !string.Equals(a.Title, b.Title, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    internal struct Slot
    {
        public string Id;
        public string? Parent;
        public string? Name;
        public string? Type;
        public Extra? Extra;
        public decimal Score;

        // PackedDecimal, or Wide with the value in Extra.WideTotal.
        public long Total;
        public int Line;
        public int Points;
        public int Layout;
        public ushort Band;
        public ushort BandBeforeVetoes;
        public bool HasTotal;
    }

    // The rare parts of a slot.
    internal sealed class Extra
    {
        // Why the record was not scored: unreadable (ReadRejection too) or rejected by the engine.
        public RecordRejection? Rejection { get; set; }

        public RecordRejection? ReadRejection { get; set; }

        // Every line that gave the id, with the reason each copy could not be read (null when read); null when unique.
        public List<int?>? Lines { get; set; }

        public List<RecordRejection?>? ReadRejections { get; set; }

        public IReadOnlyList<ReviewScore>? Reviews { get; set; }

        public IReadOnlyList<AppliedVeto>? Vetoes { get; set; }

        public IReadOnlyList<TraceLine>? Trace { get; set; }

        public decimal?[]? TieKeys { get; set; }

        public decimal? WideTotal { get; set; }
    }
}
