using System.Globalization;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring;

// Scores a stream of records one at a time. Records are not kept: each is scored as it arrives and only its result
// (the output needs it; without its trace unless BatchTrace.Keep) and a small entry per id (lines, parent, tie-breaker values) stay, so duplicate ids, missing
// parents and parent cycles can be found once the stream has ended. Everything that decides the output is sorted,
// so the same records in any order give the same result. With peers or childInputs the batch needs several passes: the
// input is then enumerated once and the records read are kept in memory, unless it is a file that can be opened again
// (RecordReader.StreamFile), which is read once per pass instead.
internal sealed class BatchScorer(ScoringEngine engine)
{
    public BatchResult Score(IEnumerable<RecordReadResult> items, BatchOptions options)
    {
        var spool = options.Trace == BatchTrace.Spool ? new TraceSpool() : null;
        var token = options.CancellationToken;
        if (token.CanBeCanceled)
        {
            items = items is ReopenableRecords reopenable ? reopenable.Each(reading => StopWhen(reading, token)) : StopWhen(items, token);
        }

        try
        {
            return Score(items, options.Organizations, options.Trace, spool);
        }
        catch (OperationCanceledException ex) when (token.IsCancellationRequested && ex is not BatchCancelledException)
        {
            // Cancelled while collecting (peers, childInputs, reading the records in), before any was scored.
            spool?.Dispose();
            throw new BatchCancelledException(0, 0, 0, token);
        }
        catch
        {
            spool?.Dispose();
            throw;
        }
    }

    // Checked before each record is read: the previous one has been scored or rejected, so the counts are exact.
    private static IEnumerable<RecordReadResult> StopWhen(IEnumerable<RecordReadResult> items, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        foreach (var item in items)
        {
            yield return item;
            token.ThrowIfCancellationRequested();
        }
    }

    private BatchResult Score(IEnumerable<RecordReadResult> items, OrganizationTree? organizations, BatchTrace trace, TraceSpool? spool)
    {
        if (engine.RuleSet.Peers.Count > 0 || engine.RuleSet.ChildInputs.Count > 0)
        {
            // Peers and childInputs need several passes. The input may be single-use (a request body, a generator):
            // read it exactly once and keep what was read, unless it is a file that can be opened again.
            items = items is ReopenableRecords ? items : [.. items];
        }

        if (engine.RuleSet.Peers.Count == 0)
        {
            return ScoreOnce(items, organizations, trace, spool);
        }

        // Peer-relative inputs need the whole group first: one pass to collect, a second to score. A rejected record
        // (a duplicate id, a bad value, a broken parent chain …) must not move anyone else's peer values, so when a
        // record that gave a value is rejected, the statistics are collected again without it and the batch is scored
        // again. The excluded set only grows, so this ends; it holds ids, so the outcome does not depend on order.
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var peers = PeerStatistics.Collect(engine.RuleSet, items, excluded);
            // With a spool, a pass scored again writes each trace again; the last one written is the one read back.
            var batch = ScoreOnce(items.Select(item => item.Record is { } record ? peers.Fill(record) : item), organizations, trace, spool);
            var before = excluded.Count;
            excluded.UnionWith(batch.Rejected.Select(r => r.Id).OfType<string>().Where(peers.Contributors.Contains));
            if (excluded.Count == before)
            {
                return batch;
            }
        }
    }

    private BatchResult ScoreOnce(IEnumerable<RecordReadResult> items, OrganizationTree? organizations, BatchTrace trace, TraceSpool? spool)
    {
        var read = 0;
        var rejected = new List<RecordRejection>();
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (engine.RuleSet.ChildInputs.Count > 0)
        {
            // Children before parents: one pass for the parent links, then one pass per depth, deepest first.
            var childAggregates = ChildAggregates.Collect(engine.RuleSet, items);
            items = childAggregates.Ordered(items).Select(item => item.Record is { } record
                ? childAggregates.Fill(record, id => entries.TryGetValue(id, out var e) && e.Lines.Count == 1 ? e.Result : null)
                : item);
        }

        using var enumerator = items.GetEnumerator();
        while (NextOrStop(enumerator, read, entries))
        {
            var item = enumerator.Current;
            read++;
            if (item.Rejection is { } rejection)
            {
                if (rejection.Id is not { } rejectedId)
                {
                    rejected.Add(rejection);
                }
                else if (entries.TryGetValue(rejectedId, out var shared))
                {
                    // A record that cannot be read still holds its id: a copy that can be read is not unique.
                    shared.Add(rejection.Line, rejection);
                }
                else
                {
                    entries[rejectedId] = new Entry(null) { Rejection = rejection, Lines = { rejection.Line }, ReadRejections = { rejection } };
                }

                continue;
            }

            var record = item.Record!;
            if (entries.TryGetValue(record.Id, out var entry))
            {
                entry.Add(record.SourceLine, null);
                continue;
            }

            entry = entries[record.Id] = new Entry(record.Parent) { Lines = { record.SourceLine }, ReadRejections = { null } };
            if (engine.TryScore(record, null, out var result, out var scoreRejection, withTrace: trace != BatchTrace.Omit))
            {
                if (spool is not null)
                {
                    spool.Add(record.Id, result.Trace);
                    result = result with { Trace = [] };
                }

                entry.Result = result;
                entry.TieKeys = TieKeys(record);
            }
            else
            {
                entry.Rejection = scoreRejection;
            }
        }

        var scored = new List<ScoreResult>();
        var tieKeys = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        foreach (var (id, entry) in entries)
        {
            if (entry.Lines.Count > 1)
            {
                rejected.AddRange(Duplicates(id, entry.Lines, entry.ReadRejections));
            }
            else if (HierarchyProblem(id, entry, entries, organizations) is { } problem)
            {
                rejected.Add(problem);
            }
            else if (entry.Rejection is { } rejection)
            {
                rejected.Add(rejection);
            }
            else
            {
                scored.Add(entry.Result!);
                tieKeys[id] = entry.TieKeys;
            }
        }

        var ruleSet = engine.RuleSet;
        var ranked = BatchRanking.Rank(scored, ruleSet.Ranking, tieKeys);
        if (ruleSet.Quotas.Count > 0)
        {
            // Moving bands can reorder equal scores (band level is the second sort key), so rank again.
            ranked = BatchRanking.Rank(BandQuotas.Apply(ranked, ruleSet), ruleSet.Ranking, tieKeys);
        }

        var decimals = ruleSet.Rounding.FinalDecimals;
        return new BatchResult(
            ruleSet.Identity, read, ranked,
            [.. rejected.OrderBy(r => r.Line ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal)
                .ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Reason, StringComparer.Ordinal)])
        {
            Lagging = LaggingSelector.Select(ranked, ruleSet.Lagging, decimals),
            Rollups = RollupCalculator.Compute(ruleSet.Rollups, [.. ranked.Select(r => r.Result)], organizations, entries.Values.Select(e => e.Parent)),
            Trace = trace,
            Spool = spool,
        };
    }

    // A cancellation (BatchOptions.CancellationToken, checked as the next record is asked for) says how far the batch got.
    private static bool NextOrStop(IEnumerator<RecordReadResult> enumerator, int read, Dictionary<string, Entry> entries)
    {
        try
        {
            return enumerator.MoveNext();
        }
        catch (OperationCanceledException ex) when (ex is not BatchCancelledException && ex.CancellationToken.IsCancellationRequested)
        {
            var scored = entries.Values.Count(e => e.Result is not null);
            throw new BatchCancelledException(read, scored, read - scored, ex.CancellationToken);
        }
    }

    // Every record sharing the id is rejected as a duplicate; a copy rejected before scoring (unreadable, …) also keeps its own reason.
    private static IEnumerable<RecordRejection> Duplicates(string id, List<int?> lines, List<RecordRejection?> readRejections) => lines.Select((line, index) =>
    {
        var others = lines.Where(l => l is not null && l != line).Select(l => l!.Value.ToString(CultureInfo.InvariantCulture)).ToList();
        var where = others.Count == 0 ? string.Empty : $" (also on line {string.Join(", ", others)})";
        var ownReason = readRejections[index] is { } own ? DuplicateIds.AlsoOwnReason(own) : string.Empty;
        return new RecordRejection(id, line, RecordRejectionCodes.DuplicateId,
            string.Create(CultureInfo.InvariantCulture, $"the id \"{id}\" is used by {lines.Count} records{where}; ids must be unique, so none of them is scored.{ownReason}"));
    });

    // With an organization tree a parent must be a record or an organization of the tree; a parent chain that returns
    // to the record is always wrong.
    private static RecordRejection? HierarchyProblem(string id, Entry entry, Dictionary<string, Entry> entries, OrganizationTree? organizations)
    {
        if (entry.Parent is not { } parent)
        {
            return null;
        }

        string? ParentOf(string node) =>
            entries.TryGetValue(node, out var e) ? (e.Lines.Count == 1 ? e.Parent : null) : organizations?.Find(node)?.Parent;
        if (ParentCycle.Find(id, ParentOf) is { } cycle)
        {
            return new RecordRejection(id, entry.Lines[0], RecordRejectionCodes.ParentCycle,
                $"the parent chain {string.Join(" → ", cycle)} returns to this organization; an organization cannot be above itself.");
        }

        if (organizations is not null && !entries.ContainsKey(parent) && organizations.Find(parent) is null)
        {
            return new RecordRejection(id, entry.Lines[0], RecordRejectionCodes.ParentMissing,
                $"the parent \"{parent}\" is neither a record of this batch nor an organization of the organization tree.");
        }

        return null;
    }

    private decimal?[] TieKeys(OrganizationRecord record)
    {
        var tieBreakers = engine.RuleSet.Ranking.TieBreakers;
        if (tieBreakers.Count == 0)
        {
            return [];
        }

        var keys = new decimal?[tieBreakers.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var input = tieBreakers[i].Input;
            InputValue? value = record.Values.TryGetValue(input, out var given) ? given : engine.RuleSet.Inputs.First(d => d.Id == input).Default;
            keys[i] = value switch
            {
                { Kind: InputValueKind.Number } v => v.Number,
                { Kind: InputValueKind.Boolean } v => v.Boolean ? 1m : 0m,
                _ => null,
            };
        }

        return keys;
    }

    private sealed class Entry(string? parent)
    {
        public string? Parent { get; } = parent;

        public List<int?> Lines { get; } = [];

        // Beside each line: the reason the record there could not be read, or null when it was read.
        public List<RecordRejection?> ReadRejections { get; } = [];

        public ScoreResult? Result { get; set; }

        public RecordRejection? Rejection { get; set; }

        public decimal?[] TieKeys { get; set; } = [];

        // A duplicate: none of the records sharing the id is scored, whatever order they come in.
        public void Add(int? line, RecordRejection? readRejection)
        {
            Lines.Add(line);
            ReadRejections.Add(readRejection);
            Result = null;
            Rejection = null;
        }
    }
}
