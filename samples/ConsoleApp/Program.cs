using PartyBuilding.Scoring;
using PartyBuilding.Scoring.Reporting;

var engine = RuleSets.StarRating(); // the star-rating rules shipped in the package; or ScoringEngine.Load("rules/local.json")
var fullMarks = engine.CreateFullMarksRecord("agency");
var record = fullMarks with
{
    Name = "示例党支部",
    Values = new Dictionary<string, InputValue>(fullMarks.Values) { ["teamUnityGrade"] = "较好", ["duesLatePayments"] = 2, ["affairsOpenScore"] = 4.5m },
};
var result = engine.Score(record);
Console.WriteLine($"{result.Name}: {result.Score} {result.Band?.Label}");
Console.Write(TraceText.Format(result, engine.RuleSet));
