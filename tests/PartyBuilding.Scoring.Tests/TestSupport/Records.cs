namespace PartyBuilding.Scoring.Tests.TestSupport;

internal static class Records
{
    public static Dictionary<string, InputValue> Values(params (string Id, InputValue Value)[] values) =>
        values.ToDictionary(v => v.Id, v => v.Value, StringComparer.Ordinal);

    public static OrganizationRecord Record(string id, params (string Id, InputValue Value)[] values) =>
        new(id) { Values = Values(values) };

    public static OrganizationRecord With(this OrganizationRecord record, params (string Id, InputValue Value)[] values)
    {
        var merged = new Dictionary<string, InputValue>(record.Values, StringComparer.Ordinal);
        foreach (var (id, value) in values)
        {
            merged[id] = value;
        }

        return record with { Values = merged };
    }

    public static OrganizationRecord Without(this OrganizationRecord record, string id) =>
        record with { Values = record.Values.Where(v => v.Key != id).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal) };

    public static RecordRejection Rejection(this ScoringEngine engine, OrganizationRecord record) =>
        Assert.Throws<RecordRejectedException>(() => engine.Score(record)).Rejection;
}

internal static class Results
{
    public static TraceLine Line(this ScoreResult result, string criterionId) =>
        Assert.Single(result.Trace, t => t.CriterionId == criterionId);

    public static AreaScore Area(this ScoreResult result, string areaId) =>
        Assert.Single(result.Areas, a => a.Id == areaId);
}
