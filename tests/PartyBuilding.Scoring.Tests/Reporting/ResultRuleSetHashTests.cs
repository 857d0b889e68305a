using System.Text;
using PartyBuilding.Scoring.Reporting;

namespace PartyBuilding.Scoring.Tests.Reporting;

// Review finding: samples/data/previous-result.json carried "sha256": "(previous year's rule set)", which the result
// reader accepted and bulletins printed as if it identified the rules. A result file's rule-set hash must now be a
// SHA-256 as pbscore writes it (64 lowercase hex digits); anything else is refused, naming the file, line and column.
public sealed class ResultRuleSetHashTests
{
    private const string Hash = "e4e61ec4cfa9abefc5641787f043c9a904cc1eeac2b8ed63362dbf331c2a7384";

    [Theory]
    [InlineData("(previous year's rule set)")]
    [InlineData("E4E61EC4CFA9ABEFC5641787F043C9A904CC1EEAC2B8ED63362DBF331C2A7384")]
    [InlineData("e4e61ec4cfa9abefc5641787f043c9a904cc1eeac2b8ed63362dbf331c2a738")]
    [InlineData("")]
    public void ReadOutcomes_PlaceholderOrMalformedRuleSetHash_RefusedWithFileAndLine(string sha256)
    {
        var ex = Assert.Throws<InvalidDataException>(() => ResultJson.ReadOutcomes(Result(sha256), "previous.json"));

        Assert.Equal(
            $"previous.json(5,15): \"ruleSet.sha256\" is \"{sha256}\", not a SHA-256 of a rule set (64 lowercase hex digits, as pbscore validate prints it); a result file names the rules that scored it by this hash, so give the hash of those rules.",
            ex.Message);
    }

    [Fact]
    public void ReadOutcomes_RealRuleSetHash_Accepted()
    {
        var outcomes = ResultJson.ReadOutcomes(Result(Hash), "previous.json");

        Assert.Equal(new PartyBuilding.Scoring.Rules.RuleSetIdentity("star-rating", "2026.1", Hash), outcomes.RuleSet);
    }

    [Fact]
    public void SamplePreviousResult_CarriesTheShippedStarRatingHash()
    {
        var outcomes = ResultJson.ReadOutcomes(Repository.File("samples/data/previous-result.json"));

        Assert.Equal(RuleSets.StarRating().RuleSet.Identity, outcomes.RuleSet);
    }

    private static MemoryStream Result(string sha256) => new(Encoding.UTF8.GetBytes(
        "{\n  \"ruleSet\": {\n    \"id\": \"star-rating\",\n    \"version\": \"2026.1\",\n    \"sha256\": \"" + sha256 + "\"\n  },\n" +
        "  \"read\": 1, \"scored\": 1, \"rejectedCount\": 0,\n  \"results\": [ { \"id\": \"b01\", \"score\": 90 } ]\n}\n"));
}
