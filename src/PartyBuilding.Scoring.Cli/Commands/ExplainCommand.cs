using System.Globalization;
using System.Text;
using PartyBuilding.Scoring.Hierarchy;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rectification;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Cli.Commands;

// pbscore explain: scores the whole batch exactly as score and bulletin do (carried components, organization tree, peers,
// children's inputs, rectification counts, duplicate ids, quotas) and prints the trace of one organization from that batch,
// with its rank, the quotas that moved it, whether it is lagging and the roll-ups that concern it. A record the batch
// rejects is reported with the batch's reasons.
internal static class ExplainCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        var engine = ScoredInput.LoadRules(line.Single("rules"));
        var id = line.Required("id");
        var input = line.Required("input");
        var organizations = line.Single("organizations") is { } tree ? OrganizationTree.ReadFile(tree) : null;
        // The trace of one organization from the batch: the batch keeps every trace (BatchTrace.Keep).
        using var batch = ScoredInput.Score(engine, input, line.All("carry"), organizations, BatchTrace.Keep, ScoredInput.ReadOptions(line), RectificationCounts(line, engine), cancellation: line.Cancellation);
        if (batch.Results.FirstOrDefault(r => r.Result.Id == id) is not { } ranked)
        {
            var rejections = batch.Rejected.Where(r => r.Id == id).ToList();
            throw new InvalidDataException(rejections.Count > 0
                ? $"The batch rejects \"{id}\", so it has no score:\n  " + string.Join("\n  ", rejections)
                : $"No record with id \"{id}\" in {input}.");
        }

        stdout.Write(TraceText.Format(ranked.Result, engine.RuleSet));
        stdout.Write(InBatch(ranked, batch));
        return PbScore.Ok;
    }

    // Rule files with a "rectification" section read problem counts: they come from --problems as of --as-of.
    private static Func<IEnumerable<RecordReadResult>, IEnumerable<RecordReadResult>>? RectificationCounts(CommandLine line, ScoringEngine engine)
    {
        var problems = line.Single("problems");
        if (engine.RuleSet.Rectification is null)
        {
            return problems is null ? null : throw new UsageException("--problems is for rule files with a \"rectification\" section; this one reads no problem counts.");
        }

        if (problems is null)
        {
            throw new UsageException("The rule file reads problem counts (its \"rectification\" section): give --problems <problems.json> and --as-of <yyyy-MM-dd>.");
        }

        var asOfText = line.Required("as-of");
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            throw new UsageException($"--as-of must be a date written as yyyy-MM-dd, not \"{asOfText}\".");
        }

        var status = RectificationTracker.Evaluate(ProblemReader.ReadFile(problems), asOf);
        return records => RectificationTracker.AddCounts(engine.RuleSet, status, records);
    }

    // What the batch decided about the organization beyond its own trace.
    private static string InBatch(RankedResult ranked, BatchResult batch)
    {
        var id = ranked.Result.Id;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Rank: {ranked.Rank} of {batch.Results.Count}");
        if (ranked.GroupRank is { } groupRank)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({groupRank} in group {ranked.Group})");
        }

        text.Append('\n');
        foreach (var quota in ranked.Result.Quotas)
        {
            text.Append(CultureInfo.InvariantCulture, $"Quota {quota.Title} ({quota.Id}): moved from {quota.From.Label} to {quota.To.Label}: {quota.Message}\n");
        }

        if (batch.Lagging.FirstOrDefault(l => l.Id == id) is { } lagging)
        {
            text.Append(CultureInfo.InvariantCulture, $"Lagging: {string.Join("; ", lagging.Reasons)}");
            if (lagging.Rectification is { } plan)
            {
                text.Append(CultureInfo.InvariantCulture, $" (rectification: {plan.Plan})");
            }

            text.Append('\n');
        }

        foreach (var rollup in batch.Rollups.Where(r => r.OrganizationId == id || r.OrganizationId == ranked.Result.Parent))
        {
            var who = rollup.OrganizationId == id ? "Roll-up" : $"Counted in the roll-up of its parent {rollup.OrganizationId}:";
            var outcome = rollup.NotEvaluated is { } reason ? "not evaluated, " + reason
                : rollup.Passed ? "passed" : "not passed: " + rollup.Rollup.Message;
            text.Append(CultureInfo.InvariantCulture,
                $"{who} {rollup.Rollup.Title} ({rollup.Rollup.Id}): {rollup.Aggregate.InBands} of {rollup.Aggregate.Count} in the counted bands, minimum share {rollup.Rollup.MinimumShare.ToString("0.####", CultureInfo.InvariantCulture)}: {outcome}\n");
        }

        return text.ToString();
    }
}
