namespace PartyBuilding.Scoring.Cli.Tests;

public sealed class TemplateCommandTests
{
    public static TheoryData<string, string, string> Templates => new()
    {
        { "rules/star-rating.json", "json", "agency" },
        { "rules/star-rating.json", "csv", "agency" },
        { "rules/star-rating.json", "csv", "twoNew" },
        { "rules/star-rating.json", "json", "village" },
        { "rules/five-goods-three-reviews.json", "json", "agency" },
        { "rules/five-goods-three-reviews.json", "csv", "institution" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_ScoredBack_GivesFullMarksAndTopBand(string rules, string format, string type)
    {
        var template = PbScoreRunner.Run("template", "--rules", Repository.File(rules), "--format", format, "--type", type);
        Assert.Equal(PbScore.Ok, template.ExitCode);
        var path = Path.Combine(Path.GetTempPath(), $"pbscore-template-{Guid.NewGuid():N}.{format}");
        File.WriteAllText(path, template.Out);
        try
        {
            var engine = ScoringEngine.Load(Repository.File(rules));
            var batch = engine.ScoreBatch(Records.RecordReader.ReadFile(path, engine.RuleSet));

            var result = Assert.Single(batch.Results).Result;
            Assert.Empty(batch.Rejected);
            Assert.Equal(engine.RuleSet.ScoreMax, result.Score);
            Assert.Equal(engine.RuleSet.BandsFor(type).Max(b => b.Level), result.Band?.Level);
            Assert.Empty(result.Vetoes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Template_StarRatingCsv_ListsEveryDeclaredInput()
    {
        var run = PbScoreRunner.Run("template", "--format", "csv");
        var engine = RuleSets.StarRating();

        var header = run.Out.Split('\n')[0].Split(',');

        Assert.Equal(["id", "name", "type", "parent", .. engine.RuleSet.Inputs.Select(i => i.Id)], header);
    }
}
