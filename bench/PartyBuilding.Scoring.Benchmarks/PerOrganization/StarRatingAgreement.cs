namespace PartyBuilding.Scoring.Benchmarks.PerOrganization;

/// <summary>
/// A benchmark of a wrong scorer proves nothing: checks that the hand-written scorers and the naive RulesEngine workflows give
/// the library's score, earned stars and stars after vetoes for every organization, and that the set covers every band
/// and both vetoes (so the comparison is not of an easy subset).
/// </summary>
public static class StarRatingAgreement
{
    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first organization on which they differ.</summary>
    public static void Check(ScoringEngine engine, OrganizationRecord[] records, StarRatingFigures[] figures, params NaiveRulesEngineStarRating[] naive)
    {
        var levels = new HashSet<int?>();
        for (var i = 0; i < records.Length; i++)
        {
            var result = engine.Score(records[i]);
            var library = new StarRatingScore(result.Score, result.BandBeforeVetoes!.Level, result.Band?.Level);
            var plain = engine.Score(records[i], ScoreOptions.WithoutTrace);
            Same("library without trace", library, new StarRatingScore(plain.Score, plain.BandBeforeVetoes!.Level, plain.Band?.Level), records[i]);
            Same("hand-written", library, HandWrittenStarRating.Score(figures[i]), records[i]);
            Same("hand-written from the record", library, HandWrittenStarRating.Score(records[i]), records[i]);
            foreach (var workflow in naive)
            {
                Same("naive RulesEngine", library, workflow.Score(records[i]), records[i]);
            }

            levels.Add(result.Band?.Level);
        }

        // 1,000 generated organizations reach every star level and a revocation; smaller smoke sets need not.
        if (records.Length >= 1_000 && levels.Count < 6)
        {
            throw new InvalidOperationException($"The generated organizations reach only the levels {string.Join(", ", levels)}; the comparison needs all bands and a revocation.");
        }
    }

    private static void Same(string scorer, StarRatingScore library, StarRatingScore other, OrganizationRecord record)
    {
        if (library != other)
        {
            throw new InvalidOperationException($"The {scorer} scorer disagrees with the library on {record.Id}: library {library}, {scorer} {other}.");
        }
    }
}
