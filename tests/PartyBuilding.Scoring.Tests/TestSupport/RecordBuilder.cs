namespace PartyBuilding.Scoring.Tests.TestSupport;

// Records built in code for one test: values by input id, and copies with a value changed or left out.
internal static class RecordBuilder
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
