using System.Text.Json;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Rules;

// A test's "carried" object: the values a rule file fills itself (components from another assessment, peers,
// childInputs). Real records may not give those inputs (PBR101, PBR104, PBR105), so a test's record may not either;
// the test states them apart, and only for inputs the file really fills.
internal static class RuleTestCarried
{
    // Input id → what fills it, in the words of the errors.
    public static IReadOnlyDictionary<string, string> FilledInputs(RuleFileDocument doc)
    {
        var filled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in doc.Components ?? [])
        {
            if (component?.Input is { } input)
            {
                filled.TryAdd(input, $"the component \"{component.Id}\" carries from the results of \"{component.From}\"");
            }
        }

        foreach (var peer in doc.Peers ?? [])
        {
            if (peer?.Input is { } input)
            {
                filled.TryAdd(input, "the file fills from the record's peers (peers)");
            }
        }

        foreach (var child in doc.ChildInputs ?? [])
        {
            if (child?.Input is { } input)
            {
                filled.TryAdd(input, "the file fills from the organizations under the record (childInputs)");
            }
        }

        return filled;
    }

    // The record, or null when it gives a filled input (each such value is a located error).
    public static OrganizationRecord? RejectFilledValues(OrganizationRecord? record, string valuesPath,
        IReadOnlyDictionary<string, string> filled, Action<string, string, string> fail)
    {
        if (record is null)
        {
            return null;
        }

        var given = record.Values.Keys.Where(filled.ContainsKey).Order(StringComparer.Ordinal).ToList();
        foreach (var name in given)
        {
            fail(JsonSourceMap.Child(valuesPath, name), RuleFileErrorCodes.TestGivesFilledInput,
                $"The test's record gives \"{name}\", which {filled[name]}; a real record giving it is rejected, so a test may not either. Move it to the test's \"carried\" object.");
        }

        return given.Count == 0 ? record : null;
    }

    // The carried values (empty when the test has none), or null after a located error.
    public static IReadOnlyDictionary<string, InputValue>? Read(JsonElement carried, string path, JsonSourceMap map,
        IReadOnlyDictionary<string, string> filled, Action<string, string, string> fail)
    {
        if (carried.ValueKind == JsonValueKind.Undefined)
        {
            return new Dictionary<string, InputValue>(StringComparer.Ordinal);
        }

        if (carried.ValueKind != JsonValueKind.Object)
        {
            fail(path, RuleFileErrorCodes.WrongJsonType, "The test's \"carried\" must be an object { \"input\": value, … } of the inputs the file fills itself.");
            return null;
        }

        var ok = true;
        foreach (var property in carried.EnumerateObject())
        {
            if (!filled.ContainsKey(property.Name))
            {
                var choices = filled.Count == 0
                    ? "this file fills no input itself (no components, peers or childInputs), so its tests carry nothing"
                    : "the inputs this file fills are " + RuleFileVocabulary.List(filled.Keys.Order(StringComparer.Ordinal));
                fail(JsonSourceMap.Child(path, property.Name), RuleFileErrorCodes.TestCarriesUnfilledInput,
                    $"The test carries \"{property.Name}\", which no component, peer statistic or child input of this file fills; {choices}.");
                ok = false;
            }
        }

        // Read the values exactly as a record's values are read, so types and ranges are checked the same way when scored.
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("values");
            carried.WriteTo(writer);
            writer.WriteEndObject();
        }

        using var wrapped = JsonDocument.Parse(buffer.ToArray());
        var read = RecordReader.ToRecord(wrapped.RootElement, map.Find(path).Line, "carried");
        if (read.Rejection is { } rejection)
        {
            fail(path, RuleFileErrorCodes.TestRecordUnreadable, "The test's carried values cannot be read: " + rejection.Reason);
            return null;
        }

        return ok ? read.Record!.Values : null;
    }
}
