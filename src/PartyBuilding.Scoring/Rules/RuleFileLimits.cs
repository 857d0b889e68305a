namespace PartyBuilding.Scoring.Rules;

// The counting limits of RuleSetLoadOptions, checked right after the JSON is read and before anything else: the
// validator, the band-coverage check and the expression compiler all take time in proportion to what they are
// given (band coverage compares every pair of bands), so a file over a limit is refused before any of them runs.
internal static class RuleFileLimits
{
    public static List<RuleFileError> Check(RuleFileDocument doc, RuleSetLoadOptions options, string file, JsonSourceMap map)
    {
        var errors = new List<RuleFileError>();
        void Exceeded(string path, string message)
        {
            var (line, column) = map.Find(path);
            errors.Add(new RuleFileError(file, path, line, column, RuleFileErrorCodes.LimitExceeded, message));
        }

        var inputs = doc.Inputs?.Count ?? 0;
        if (inputs > options.MaxInputs)
        {
            Exceeded("$.inputs", $"The file declares {inputs} inputs; the limit is {options.MaxInputs}.");
        }

        var criteria = (doc.Areas ?? []).Sum(a => a?.Criteria?.Count ?? 0);
        if (criteria > options.MaxCriteria)
        {
            Exceeded("$.areas", $"The file has {criteria} criteria; the limit is {options.MaxCriteria}.");
        }

        void BandTable(string path, List<BandDocument?>? bands)
        {
            if (bands?.Count > options.MaxBands)
            {
                Exceeded(path, $"The band table has {bands.Count} bands; the limit is {options.MaxBands}.");
            }
        }

        BandTable("$.bands", doc.Bands);
        foreach (var (type, bands) in doc.BandsByType ?? [])
        {
            BandTable(JsonSourceMap.Child("$.bandsByType", type), bands);
        }

        var formulas = (doc.Areas ?? []).SelectMany(a => a?.Criteria ?? []).Count(c => c?.Expression is not null);
        var vetoes = (doc.Vetoes ?? []).Count(v => v?.When is not null);
        if (formulas + vetoes > options.MaxExpressions)
        {
            Exceeded(vetoes > 0 ? "$.vetoes" : "$.areas",
                $"The file has {formulas + vetoes} expressions ({formulas} formulas, {vetoes} veto conditions); the limit is {options.MaxExpressions}.");
        }

        return errors;
    }
}
