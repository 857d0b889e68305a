namespace PartyBuilding.Scoring.Tests.TestSupport;

// The law of the untraced fast path (ScoreOptions.WithoutTrace, BatchTrace.Omit: criteria spliced into one compiled
// delegate per layout, constants folded): the same outcome or the same rejection as scoring with a trace, with an empty trace.
internal static class WithoutTrace
{
    public static void AssertSameOutcome(ScoringEngine engine, OrganizationRecord record)
    {
        var traced = engine.TryScore(record, out var withTrace, out var rejectedWithTrace);
        var plain = engine.TryScore(record, ScoreOptions.WithoutTrace, out var withoutTrace, out var rejectedWithoutTrace);

        Assert.Equal(traced, plain);
        Assert.Equal(rejectedWithTrace, rejectedWithoutTrace);
        if (traced)
        {
            Assert.Empty(withoutTrace!.Trace);
            Assert.Equal(Outcome(withTrace!), Outcome(withoutTrace));
        }
    }

    // Everything but the trace, with each decimal's scale (95 and 95.0 print differently in results).
    public static string Outcome(ScoreResult r) =>
        $"{r.RuleSet} {r.Id} {r.Name} {r.Type} {r.Parent} {r.Score} {r.Total} {r.Band} {r.BandBeforeVetoes} "
        + string.Join(";", r.Areas) + " | " + string.Join(";", r.Reviews) + " | " + string.Join(";", r.Vetoes) + " | " + string.Join(";", r.Quotas);
}
