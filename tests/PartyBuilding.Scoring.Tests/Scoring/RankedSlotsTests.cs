using CsCheck;
using PartyBuilding.Scoring.Rules;
using PartyBuilding.Scoring.Tests.TestSupport;

namespace PartyBuilding.Scoring.Tests.Scoring;

// The compact batch ranks its slots with packed score and band-level keys: the order and the ranks must be those of
// BatchRanking over the same results, whatever the scales, ties, bands, tie-breakers and scores too large to pack.
public sealed class RankedSlotsTests
{
    private static readonly decimal[] Scores = [85m, 85.0m, 85.30m, 85.3m, 90m, -1m, 0m, 99.999999999m, 100.5m];

    private static readonly BandResult?[] Bands = [new("five", "五星", 5), new("four", "四星", 4), new("alsoFour", "四星乙", 4), null];

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void RankedSlots_TiedScoresOfMixedScalesAndBands_SameOrderAndRanksAsBatchRanking(bool tieBreakers, bool tooLargeToPack)
    {
        var policy = new RankingPolicy(RankingGroup.Parent, tieBreakers ? [new TieBreaker("a", true), new TieBreaker("b", false)] : []);
        var template = StarRating.Engine.Score(StarRating.Perfect("template"));
        Gen.Select(Gen.Int[0, Scores.Length - 1], Gen.Int[0, Bands.Length - 1], Gen.Int[0, 2], Gen.Int[0, 3]).Array[1, 80].Sample(rows =>
        {
            var results = new List<ScoreResult>();
            var tieKeys = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
            var slots = new BatchSlots(template.RuleSet);
            for (var i = 0; i < rows.Length; i++)
            {
                var (score, band, parent, key) = rows[i];
                var result = template with
                {
                    Id = $"o{(i * 7919) % 1000:D3}-{i}",
                    Parent = $"p{parent}",
                    Score = tooLargeToPack && i == 0 ? 79228162514264337593543950335m : Scores[score],
                    Band = Bands[band],
                };
                decimal?[] keys = tieBreakers ? [key == 3 ? null : key, key % 2] : [];
                results.Add(result);
                tieKeys[result.Id] = keys;
                slots.Store(slots.Add(result.Id, result.Parent, i + 2), result, keys);
            }

            var expected = BatchRanking.Rank(results, policy, tieKeys);
            var actual = new RankedSlots(slots, Enumerable.Range(0, rows.Length), policy);

            Assert.Equal(
                expected.Select(r => (r.Result.Id, r.Rank, r.Group, r.GroupRank)),
                actual.Select(r => (r.Result.Id, r.Rank, r.Group, r.GroupRank)));
        });
    }
}
