using System.Text;
using PartyBuilding.Scoring.Cycle;

namespace PartyBuilding.Scoring.Tests.Cycle;

// Regression (fix-r2 "not done"): the history reader dropped a non-text name/type/parent (and other fields of the
// wrong JSON type) without a word, and an empty file got the generic "not valid JSON" error. Now the organization is
// rejected naming the field (PBR210, on the organization's line) and an empty file says it is empty, as records do.
public sealed class HistoryFileTypeTests
{
    private static IReadOnlyList<HistoryReadResult> Read(string json) => HistoryReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Read_NonTextNameTypeParent_RejectsTheOrganizationNamingEachField()
    {
        var items = Read("""
            [
              { "id": "ok", "name": "第一支部" },
              { "id": "b02", "name": 5,
                "type": true, "parent": ["w01"] }
            ]
            """);

        Assert.Equal("ok", items[0].History?.Id);
        Assert.Equal(
            "b02 (line 3): PBR210: the field \"name\" must be text, not number. the field \"type\" must be text, not true/false. the field \"parent\" must be text, not array.",
            items[1].Rejection?.ToString());
    }

    [Fact]
    public void Read_NonTextId_RejectsWithoutAnId()
    {
        var items = Read("[\n  { \"id\": 7, \"years\": {} }\n]");

        Assert.Equal("(no id) (line 2): PBR210: the field \"id\" must be text, not number.", Assert.Single(items).Rejection?.ToString());
    }

    [Fact]
    public void Read_WrongTypesInEventsAndDeterminations_NameTheField()
    {
        var items = Read("""
            [
              { "id": "b03",
                "events": [ { "date": 20260501, "kind": 3, "cause": { "text": "迟报" } } ],
                "determinations": [ { "assessedYear": "2025", "steps": [ { "step": false, "date": "2026-01-05" } ] },
                                    { "assessedYear": 2025.5, "steps": [] } ] }
            ]
            """);

        Assert.Equal(
            "b03 (line 2): PBR210: an event's field \"date\" must be text (a date written yyyy-MM-dd), not number. "
            + "an event's field \"kind\" must be text, not number. "
            + "an event's field \"cause\" must be text, not object. "
            + "a determination's field \"assessedYear\" must be a whole number, not string. "
            + "a determination step's field \"step\" must be text, not true/false. "
            + "a determination's field \"assessedYear\" must be a whole number, not 2025.5.",
            Assert.Single(items).Rejection?.ToString());
    }

    [Fact]
    public void Read_NullTextFields_AreAbsentValues()
    {
        var history = Assert.Single(Read("""[ { "id": "b04", "name": null, "type": null, "parent": null } ]""")).History;

        Assert.NotNull(history);
        Assert.Null(history.Name);
        Assert.Null(history.Parent);
    }

    [Fact]
    public void Read_RepeatedProperty_RejectsNamingItsLines()
    {
        var items = Read("[\n  { \"id\": \"b05\",\n    \"parent\": \"w01\",\n    \"parent\": \"w02\" }\n]");

        Assert.Equal("b05 (line 2): PBR210: \"parent\" is given 2 times (lines 3, 4); give each field and value once.", Assert.Single(items).Rejection?.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t")]
    [InlineData("\uFEFF\n")]
    public void Read_EmptyFile_SaysItIsEmpty(string content)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(content));

        Assert.Equal("The history file is empty: it holds no JSON array of organizations (is the upload truncated?). Nothing was computed.", error.Message);
    }
}
