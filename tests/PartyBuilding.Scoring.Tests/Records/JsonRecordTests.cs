using System.Text.Json;
using PartyBuilding.Scoring.Records;

namespace PartyBuilding.Scoring.Tests.Records;

// One record from a JSON object standing alone (e.g. an HTTP request body): no line to report.
public sealed class JsonRecordTests
{
    [Fact]
    public void ReadJsonRecord_Object_ReadsTheRecordWithoutALine()
    {
        using var json = JsonDocument.Parse("""{ "id": "b01", "type": "agency", "values": { "teamUnityGrade": "好", "activitiesHeld": 12 } }""");

        var record = RecordReader.ReadJsonRecord(json.RootElement).Record!;

        Assert.Equal(("b01", "agency", (int?)null, "好", 12m),
            (record.Id, record.Type, record.SourceLine, record.Values["teamUnityGrade"].Text, record.Values["activitiesHeld"].Number));
    }

    [Fact]
    public void ReadJsonRecord_NotAnObject_IsRejectedWithoutALine()
    {
        using var json = JsonDocument.Parse("[1]");

        var rejection = RecordReader.ReadJsonRecord(json.RootElement).Rejection!;

        Assert.Equal("(no id): PBR011: a record must be a JSON object { \"id\": …, \"values\": { … } }.", rejection.ToString());
    }
}
