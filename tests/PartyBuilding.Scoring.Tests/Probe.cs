using PartyBuilding.Scoring.Tests.TestSupport;
using static PartyBuilding.Scoring.Tests.TestSupport.Records;
namespace PartyBuilding.Scoring.Tests;
public sealed class Probe
{
    [Fact]
    public void Run()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in new[] { "x * 0.1234567890123456789", "x * 1.00000000000000001", "0.1 + 0.2 == 0.3 ? 1 : 0", "x + 12345678901234567890.5 - 12345678901234567890" })
        {
            var engine = RuleFiles.Engine("""{ "id": "x", "title": "X", "type": "number", "min": 0, "max": 10 }""",
              $$"""{ "id": "a", "title": "A", "max": 100, "criteria": [ { "id": "c", "title": "C", "max": 100, "method": "formula", "expression": "{{e}}", "message": "{points}" } ] }""");
            sb.AppendLine(e + " => " + engine.Score(Record("r", ("x", 1))).Line("c").Points);
        }
        File.WriteAllText("/tmp/probe.txt", sb.ToString());
    }
}
