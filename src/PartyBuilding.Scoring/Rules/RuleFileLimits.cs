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

        // Scoring lays out every criterion once per category (plus once for records without one), so the two multiply:
        // 6,000 categories of 1,000 criteria within the size limit took 9 s and 1.5 GB to load.
        var categories = doc.Categories?.Count ?? 0;
        if (categories > options.MaxCategories)
        {
            Exceeded("$.categories", $"The file declares {categories} categories; the limit is {options.MaxCategories}.");
        }
        else if ((categories + 1L) * criteria > options.MaxCategoryCriteria)
        {
            Exceeded("$.categories", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The file has {categories} categories and {criteria} criteria; scoring lays out the criteria once per category and once for records without one, {(categories + 1L) * criteria} in all; the limit is {options.MaxCategoryCriteria}."));
        }

        // Each entry fills a declared input of its own, so more entries than inputs can only be repeats; the checks
        // of these sections compare entries with each other (40,000 peer entries took 12 s).
        void Fillers(string path, int count, string what)
        {
            if (count > options.MaxInputs)
            {
                Exceeded(path, $"The file has {count} {what}; each fills a declared input, so the limit is the inputs' limit, {options.MaxInputs}.");
            }
        }

        Fillers("$.components", doc.Components?.Count ?? 0, "components");
        Fillers("$.peers", doc.Peers?.Count ?? 0, "peer inputs");
        Fillers("$.childInputs", doc.ChildInputs?.Count ?? 0, "child inputs");

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

        var formulas = (doc.Areas ?? []).SelectMany(a => a?.Criteria ?? []).Select(c => c?.Expression).OfType<string>().ToList();
        var vetoes = (doc.Vetoes ?? []).Select(v => v?.When).OfType<string>().ToList();
        var where = vetoes.Count > 0 ? "$.vetoes" : "$.areas";
        if (formulas.Count + vetoes.Count > options.MaxExpressions)
        {
            Exceeded(where, $"The file has {formulas.Count + vetoes.Count} expressions ({formulas.Count} formulas, {vetoes.Count} veto conditions); the limit is {options.MaxExpressions}.");
        }

        var characters = formulas.Concat(vetoes).Sum(e => (long)e.Length);
        if (characters > options.MaxTotalExpressionLength)
        {
            Exceeded(where, $"The expressions of the file are {characters} characters long in all; the limit is {options.MaxTotalExpressionLength}.");
        }

        return errors;
    }
}
