using System.Globalization;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring;

// Scores a stream of records as they are read (on the thread pool in chunks with MaxDegreeOfParallelism, taken back in
// input order). Records are not kept: only a compact slot per id (BatchSlots: outcome, line, parent; the trace only with
// BatchTrace.Keep) stays, so duplicate ids, missing parents and parent cycles can be found once the stream has ended. Everything that decides the output is sorted,
// so the same records in any order give the same result. With peers or childInputs the batch needs several passes: the
// input is then enumerated once and the records read are kept in memory, unless it is a file that can be opened again
// (RecordReader.StreamFile), which is read once per pass instead.
internal sealed class BatchScorer(ScoringEngine engine)
{
    // Records per chunk handed to a thread-pool thread when a batch is scored in parallel.
    private const int ParallelChunk = 512;

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
            return Score(items, options.Organizations, options.Trace, spool, options.MaxDegreeOfParallelism, token);
        }
        catch (OperationCanceledException ex) when (token.IsCancellationRequested && ex is not BatchCancelledException)
        {
            // Cancelled while collecting from a file opened once per pass (peers, childInputs), before any was scored.
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

    private BatchResult Score(IEnumerable<RecordReadResult> items, OrganizationTree? organizations, BatchTrace trace, TraceSpool? spool, int parallelism, CancellationToken token)
    {
        if ((engine.RuleSet.Peers.Count > 0 || engine.RuleSet.ChildInputs.Count > 0) && items is not ReopenableRecords)
        {
            // Peers and childInputs need several passes. The input may be single-use (a request body, a generator):
            // read it exactly once and keep what was read, unless it is a file that can be opened again. Every pass over
            // what was kept still checks the token before each record, and a cancel reports the records read in.
            var kept = new List<RecordReadResult>();
            try
            {
                foreach (var item in items)
                {
                    kept.Add(item);
                }

                return ScorePasses(token.CanBeCanceled ? StopWhen(kept, token) : kept, organizations, trace, spool, parallelism);
            }
            catch (BatchCancelledException ex) when (ex.Read < kept.Count)
            {
                // Stopped in the scoring pass: every record was read in, some of them handled.
                throw new BatchCancelledException(kept.Count, ex.Scored, ex.Rejected, token);
            }
            catch (OperationCanceledException ex) when (token.IsCancellationRequested && ex is not BatchCancelledException)
            {
                throw new BatchCancelledException(kept.Count, 0, 0, token);
            }
        }

        return ScorePasses(items, organizations, trace, spool, parallelism);
    }

    private BatchResult ScorePasses(IEnumerable<RecordReadResult> items, OrganizationTree? organizations, BatchTrace trace, TraceSpool? spool, int parallelism)
    {
        if (engine.RuleSet.Peers.Count == 0)
        {
            return ScoreOnce(items, organizations, trace, spool, parallelism);
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
            var batch = ScoreOnce(items.Select(item => item.Record is { } record ? peers.Fill(record) : item), organizations, trace, spool, parallelism);
            var before = excluded.Count;
            excluded.UnionWith(batch.Rejected.Select(r => r.Id).OfType<string>().Where(peers.Contributors.Contains));
            if (excluded.Count == before)
            {
                return batch;
            }
        }
    }

    private BatchResult ScoreOnce(IEnumerable<RecordReadResult> items, OrganizationTree? organizations, BatchTrace trace, TraceSpool? spool, int parallelism)
    {
        var read = 0;
        var rejected = new List<RecordRejection>();
        var slots = new BatchSlots(engine.RuleSet.Identity);
        if (engine.RuleSet.ChildInputs.Count > 0)
        {
            // Children before parents: one pass for the parent links, then one pass per depth, deepest first. A parent's
            // inputs are filled from its children's results as it is read, so records are scored one after another.
            parallelism = 1;
            var childAggregates = ChildAggregates.Collect(engine.RuleSet, items);
            items = childAggregates.Ordered(items).Select(item => item.Record is { } record
                ? childAggregates.Fill(record, id => slots.TryFind(id, out var i) && slots.IsScored(i) ? slots.Materialize(i) : null)
                : item);
        }

        var withTrace = trace != BatchTrace.Omit;
        Scored Score(RecordReadResult item) => item.Record is not { } record ? default
            : engine.TryScore(record, null, out var result, out var rejection, withTrace) ? new(result, null) : new(null, rejection);

        // Each record in input order: kept in its slot, or noted as a copy of an id seen before. Runs on this thread only.
        void Take(RecordReadResult item, Scored scored)
        {
            read++;
            if (item.Rejection is { } rejection)
            {
                if (rejection.Id is not { } rejectedId)
                {
                    rejected.Add(rejection);
                }
                else if (slots.TryFind(rejectedId, out var shared))
                {
                    // A record that cannot be read still holds its id: a copy that can be read is not unique.
                    slots.AddDuplicate(shared, rejection.Line, rejection);
                }
                else
                {
                    var extra = slots.ExtraOf(slots.Add(rejectedId, null, rejection.Line));
                    extra.Rejection = rejection;
                    extra.ReadRejection = rejection;
                }

                return;
            }

            var record = item.Record!;
            if (slots.TryFind(record.Id, out var index))
            {
                slots.AddDuplicate(index, record.SourceLine, null);
                return;
            }

            index = slots.Add(record.Id, record.Parent, record.SourceLine);
            if (scored.Result is { } result)
            {
                if (spool is not null)
                {
                    spool.Add(record.Id, result.Trace);
                    result = result with { Trace = [] };
                }

                slots.Store(index, result, TieKeys(record));
            }
            else
            {
                slots.ExtraOf(index).Rejection = scored.Rejection;
            }
        }

        using var enumerator = items.GetEnumerator();
        if (parallelism <= 1)
        {
            while (NextOrStop(enumerator, () => read, slots))
            {
                Take(enumerator.Current, Score(enumerator.Current));
            }
        }
        else
        {
            // Records are read on this thread in chunks; each chunk is scored on the thread pool while the next ones are
            // read, and chunks are taken back strictly in input order, so the outcome is the one-thread outcome.
            var pending = new Queue<(RecordReadResult[] Items, Task<Scored[]> Scoring)>();
            var chunk = new List<RecordReadResult>(ParallelChunk);
            void Dispatch()
            {
                RecordReadResult[] batch = [.. chunk];
                chunk.Clear();
                pending.Enqueue((batch, Task.Run(() => Array.ConvertAll(batch, Score))));
            }

            void TakeOldest()
            {
                var (batch, scoring) = pending.Dequeue();
                var results = scoring.GetAwaiter().GetResult();
                for (var i = 0; i < batch.Length; i++)
                {
                    Take(batch[i], results[i]);
                }
            }

            // Cancelled: the records already read are scored and taken first, so the counts say exactly how far it got.
            void TakeAll()
            {
                if (chunk.Count > 0)
                {
                    Dispatch();
                }

                while (pending.Count > 0)
                {
                    TakeOldest();
                }
            }

            try
            {
                while (NextOrStop(enumerator, () => read, slots, TakeAll))
                {
                    chunk.Add(enumerator.Current);
                    if (chunk.Count == ParallelChunk)
                    {
                        Dispatch();
                        while (pending.Count > parallelism * 2)
                        {
                            TakeOldest();
                        }
                    }
                }

                TakeAll();
            }
            finally
            {
                // The input failed (a damaged file, the caller's enumerator threw): no chunk may still be scoring the
                // caller's records once the batch has thrown. Their outcome no longer matters; the first error does.
                while (pending.Count > 0)
                {
                    ((Task)pending.Dequeue().Scoring).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
                }
            }
        }

        var scoredSlots = new List<int>();
        var parents = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < slots.Count; index++)
        {
            ref var slot = ref slots[index];
            if (slot.Parent is { } parent)
            {
                parents.Add(parent);
            }

            if (slot.Extra?.Lines is { } lines)
            {
                rejected.AddRange(Duplicates(slot.Id, lines, slot.Extra.ReadRejections!));
            }
            else if (HierarchyProblem(slot.Id, slot.Parent, slots.LineOf(index), slots, organizations) is { } problem)
            {
                rejected.Add(problem);
            }
            else if (slot.Extra?.Rejection is { } rejection)
            {
                rejected.Add(rejection);
            }
            else
            {
                scoredSlots.Add(index);
            }
        }

        var ruleSet = engine.RuleSet;
        IReadOnlyList<RankedResult> ranked = new RankedSlots(slots, scoredSlots, ruleSet.Ranking);
        (string? Name, string? Type, string? Parent)? ScoredRecord(string id) =>
            slots.TryFind(id, out var i) && slots.IsScored(i) ? (slots[i].Name, slots[i].Type, slots[i].Parent) : null;
        if (ruleSet.Quotas.Count > 0)
        {
            // Moving bands can reorder equal scores (band level is the second sort key), so rank again; the results
            // with their moved bands are held as objects.
            var tieKeys = scoredSlots.ToDictionary(i => slots[i].Id, slots.TieKeysOf, StringComparer.Ordinal);
            ranked = BatchRanking.Rank(BandQuotas.Apply(ranked, ruleSet), ruleSet.Ranking, tieKeys);
        }

        var decimals = ruleSet.Rounding.FinalDecimals;
        var scoredSet = scoredSlots.Count == slots.Count ? null : scoredSlots.Select(i => slots[i].Id).ToHashSet(StringComparer.Ordinal);
        return new BatchResult(
            ruleSet.Identity, read, ranked,
            [.. rejected.OrderBy(r => r.Line ?? int.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal)
                .ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Reason, StringComparer.Ordinal)])
        {
            Lagging = LaggingSelector.Select(ranked, ruleSet.Lagging, decimals),
            Rollups = RollupCalculator.Compute(ruleSet.Rollups, ranked is RankedSlots rankedSlots ? rankedSlots.Outcomes : ranked.Select(r => (r.Result.Parent, r.Result.Score, r.Result.Band)),
                id => scoredSet is null || scoredSet.Contains(id) ? ScoredRecord(id) : null, organizations, parents),
            Trace = trace,
            Spool = spool,
        };
    }

    // A cancellation (BatchOptions.CancellationToken, checked as the next record is asked for) says how far the batch got;
    // beforeStop takes back the records read but still being scored on other threads, so they are counted.
    private static bool NextOrStop(IEnumerator<RecordReadResult> enumerator, Func<int> read, BatchSlots slots, Action? beforeStop = null)
    {
        try
        {
            return enumerator.MoveNext();
        }
        catch (OperationCanceledException ex) when (ex is not BatchCancelledException && ex.CancellationToken.IsCancellationRequested)
        {
            beforeStop?.Invoke();
            var scored = Enumerable.Range(0, slots.Count).Count(slots.IsScored);
            throw new BatchCancelledException(read(), scored, read() - scored, ex.CancellationToken);
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
    private static RecordRejection? HierarchyProblem(string id, string? parent, int? line, BatchSlots slots, OrganizationTree? organizations)
    {
        if (parent is null)
        {
            return null;
        }

        string? ParentOf(string node) =>
            slots.TryFind(node, out var i) ? (slots[i].Extra?.Lines is null ? slots[i].Parent : null) : organizations?.Find(node)?.Parent;
        if (ParentCycle.Find(id, ParentOf) is { } cycle)
        {
            return new RecordRejection(id, line, RecordRejectionCodes.ParentCycle,
                $"the parent chain {string.Join(" → ", cycle)} returns to this organization; an organization cannot be above itself.");
        }

        if (organizations is not null && !slots.TryFind(parent, out _) && organizations.Find(parent) is null)
        {
            return new RecordRejection(id, line, RecordRejectionCodes.ParentMissing,
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

    // A record's score or why it was rejected, computed off the reading thread; default for an item that was not read.
    private readonly record struct Scored(ScoreResult? Result, RecordRejection? Rejection);
}
