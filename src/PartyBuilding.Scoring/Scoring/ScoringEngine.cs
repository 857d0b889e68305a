using System.Diagnostics.CodeAnalysis;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Rules;

namespace PartyBuilding.Scoring;

/// <summary>
/// The scoring engine for one rule set: loaded, validated and compiled once, then used from any thread.
/// Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var engine = ScoringEngine.Load("rules/star-rating.json");
/// var result = engine.Score(new OrganizationRecord("b01")
/// {
///     Type = "agency",
///     Values = new Dictionary&lt;string, InputValue&gt; { ["teamUnity"] = "好", ["duesLatePayments"] = 0 /* … */ },
/// });
/// Console.WriteLine($"{result.Score} {result.Band?.Label}");
/// </code>
/// </example>
public sealed class ScoringEngine
{
    private readonly ScoringPlan plan;
    private readonly RecordBinder binder;
    private readonly RecordScorer scorer;

    private ScoringEngine(RuleSet ruleSet)
    {
        RuleSet = ruleSet;
        plan = new ScoringPlan(ruleSet);
        binder = new RecordBinder(plan);
        scorer = new RecordScorer(plan);
    }

    /// <summary>The validated rule set this engine scores with.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Loads, validates and compiles a rule file.</summary>
    /// <param name="path">Path of the rule file.</param>
    /// <param name="options">Load limits; <see cref="RuleSetLoadOptions.Default"/> when null.</param>
    /// <exception cref="RuleFileException">The file cannot be read or is invalid; every error found is listed.</exception>
    public static ScoringEngine Load(string path, RuleSetLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= RuleSetLoadOptions.Default;
        return FromBytes(ReadFile(path, options), path, options);
    }

    /// <summary>Loads, validates and compiles a rule file, reading it asynchronously.</summary>
    /// <param name="path">Path of the rule file.</param>
    /// <param name="options">Load limits; <see cref="RuleSetLoadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="RuleFileException">The file cannot be read or is invalid.</exception>
    public static async Task<ScoringEngine> LoadAsync(string path, RuleSetLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= RuleSetLoadOptions.Default;
        try
        {
            await using var stream = File.OpenRead(path);
            return await LoadFromStreamAsync(stream, path, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, ex);
        }
    }

    /// <summary>Loads, validates and compiles a rule file from a stream.</summary>
    /// <param name="stream">The rule file's UTF-8 content.</param>
    /// <param name="sourceName">The name used in error messages (a path or a label).</param>
    /// <param name="options">Load limits; <see cref="RuleSetLoadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="RuleFileException">The content is invalid.</exception>
    public static async Task<ScoringEngine> LoadFromStreamAsync(Stream stream, string sourceName, RuleSetLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= RuleSetLoadOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxFileBytes)
            {
                throw TooLarge(sourceName, options);
            }

            buffer.Write(chunk, 0, read);
        }

        return FromBytes(buffer.ToArray(), sourceName, options);
    }

    /// <summary>Loads, validates and compiles a rule file held in a string.</summary>
    /// <param name="json">The rule file's JSON text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="options">Load limits; <see cref="RuleSetLoadOptions.Default"/> when null.</param>
    /// <exception cref="RuleFileException">The content is invalid.</exception>
    public static ScoringEngine Parse(string json, string sourceName = "rules.json", RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        return FromBytes(System.Text.Encoding.UTF8.GetBytes(json), sourceName, options ?? RuleSetLoadOptions.Default);
    }

    /// <summary>Scores one record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The result with its explanation.</returns>
    /// <exception cref="RecordRejectedException">The record does not fit the rule set (undeclared input, wrong type, out of range, missing value …).</exception>
    public ScoreResult Score(OrganizationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TryScore(record, out var result, out var rejection) ? result : throw new RecordRejectedException(rejection);
    }

    /// <summary>Scores one record, or says why it cannot be scored.</summary>
    /// <param name="record">The record.</param>
    /// <param name="result">The result, when scored.</param>
    /// <param name="rejection">Why the record was rejected, when not scored.</param>
    /// <returns>True when the record was scored.</returns>
    public bool TryScore(OrganizationRecord record, [NotNullWhen(true)] out ScoreResult? result, [NotNullWhen(false)] out RecordRejection? rejection)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TryScore(record, on: null, out result, out rejection);
    }

    /// <summary>Scores one record as the options say (e.g. without its trace).</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">What the result carries; <see cref="ScoreOptions.WithoutTrace"/> skips the trace.</param>
    /// <returns>The result.</returns>
    /// <exception cref="RecordRejectedException">The record does not fit the rule set (undeclared input, wrong type, out of range, missing value …).</exception>
    public ScoreResult Score(OrganizationRecord record, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TryScore(record, on: null, out var result, out var rejection, !options.OmitTrace) ? result : throw new RecordRejectedException(rejection);
    }

    /// <summary>Scores one record as the options say (e.g. without its trace), or says why it cannot be scored.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">What the result carries; <see cref="ScoreOptions.WithoutTrace"/> skips the trace.</param>
    /// <param name="result">The result, when scored.</param>
    /// <param name="rejection">Why the record was rejected, when not scored.</param>
    /// <returns>True when the record was scored.</returns>
    public bool TryScore(OrganizationRecord record, ScoreOptions options, [NotNullWhen(true)] out ScoreResult? result, [NotNullWhen(false)] out RecordRejection? rejection)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TryScore(record, on: null, out result, out rejection, !options.OmitTrace);
    }

    // Scores for a date: criteria whose effectiveFrom is later than `on` are left out (inspections).
    // withTrace false: no trace line is built and the result's trace is empty (batches that do not keep traces).
    internal bool TryScore(OrganizationRecord record, DateOnly? on, [NotNullWhen(true)] out ScoreResult? result, [NotNullWhen(false)] out RecordRejection? rejection, bool withTrace = true)
    {
        result = null;
        if (binder.Bind(record, out var bindRejection) is not { } bound)
        {
            rejection = bindRejection!;
            return false;
        }

        try
        {
            result = scorer.Score(bound, on, withTrace);
            rejection = null;
            return true;
        }
        catch (RecordScoringException ex)
        {
            rejection = new RecordRejection(record.Id, record.SourceLine, ex.Code, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// Creates the record that earns full marks for an organization type: every criterion at its maximum, no deduction,
    /// no veto, score-supplying reviews at the top of the score range. Useful as a template for staff to fill in.
    /// It lists only what a record supplies (<see cref="RuleSet.RecordInputs"/>): inputs the file fills itself (components,
    /// peers, childInputs) are left out, so the record is read and scored as any filled-in record is, with the same carry.
    /// </summary>
    /// <param name="type">The organization type; the first declared category when null.</param>
    /// <returns>A record with a value for every input in <see cref="RuleSet.RecordInputs"/>, in file order.</returns>
    public OrganizationRecord CreateFullMarksRecord(string? type = null) => FullMarksTemplate.Create(this, type);

    /// <summary>Scores a batch of records and ranks the results.</summary>
    /// <param name="records">The records.</param>
    /// <returns>Ranked results and rejections; records read = scored + rejected.</returns>
    /// <remarks>
    /// The input is enumerated exactly once, so a single-use sequence (<see cref="RecordReader.ReadJson(Stream)"/>,
    /// <see cref="RecordReader.ReadCsv(Stream, Rules.RuleSet)"/>, a generator) loses no record. When the rule set has <c>peers</c> or
    /// <c>childInputs</c>, scoring needs several passes (collect the group's values, score; children before parents), so the
    /// records read are kept in memory for the duration of the call; only the sequence returned by
    /// <see cref="RecordReader.StreamFile(string, Rules.RuleSet)"/> is read again instead, by opening the file once per pass.
    /// </remarks>
    public BatchResult ScoreBatch(IEnumerable<OrganizationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ScoreBatch(records.Select(RecordReadResult.Read));
    }

    /// <summary>Scores a batch of records as read from a file, keeping the reader's rejections, and ranks the results.</summary>
    /// <param name="items">The items read.</param>
    /// <returns>Ranked results and rejections; records read = scored + rejected.</returns>
    /// <remarks>
    /// Records that share an id are all rejected (not just the later ones), so the outcome does not
    /// depend on the order of the input.
    /// The input is enumerated exactly once, so a single-use sequence (<see cref="RecordReader.ReadJson(Stream)"/>,
    /// <see cref="RecordReader.ReadCsv(Stream, Rules.RuleSet)"/>, a generator) loses no record. When the rule set has <c>peers</c> or
    /// <c>childInputs</c>, scoring needs several passes (collect the group's values, score; children before parents), so the
    /// records read are kept in memory for the duration of the call; only the sequence returned by
    /// <see cref="RecordReader.StreamFile(string, Rules.RuleSet)"/> is read again instead, by opening the file once per pass.
    /// </remarks>
    public BatchResult ScoreBatch(IEnumerable<RecordReadResult> items) => ScoreBatch(items, organizations: null);

    /// <summary>
    /// Scores a batch of records as read from a file, checking each record's parent against the batch and an organization
    /// tree, and ranks the results as the rule file's <c>ranking</c> says. The records are streamed: each is scored as it
    /// is read and not kept; only results and a small entry per id stay.
    /// </summary>
    /// <param name="items">The items read (e.g. <see cref="RecordReader.StreamFile(string, Rules.RuleSet)"/>).</param>
    /// <param name="organizations">The organizations above the records; when given, a parent that is neither a record nor in the tree is rejected (PBR102).</param>
    /// <returns>Ranked results and rejections; records read = scored + rejected. The same records in any order give the same result.</returns>
    /// <remarks>
    /// Records that share an id are all rejected (PBR002), a record whose parent chain returns to itself is rejected (PBR103).
    /// The input is enumerated exactly once, so a single-use sequence (<see cref="RecordReader.ReadJson(Stream)"/>,
    /// <see cref="RecordReader.ReadCsv(Stream, Rules.RuleSet)"/>, a generator) loses no record. When the rule set has <c>peers</c> or
    /// <c>childInputs</c>, scoring needs several passes (collect the group's values, score; children before parents), so the
    /// records read are kept in memory for the duration of the call; only the sequence returned by
    /// <see cref="RecordReader.StreamFile(string, Rules.RuleSet)"/> is read again instead, by opening the file once per pass.
    /// </remarks>
    public BatchResult ScoreBatch(IEnumerable<RecordReadResult> items, Hierarchy.OrganizationTree? organizations) =>
        ScoreBatch(items, new BatchOptions { Organizations = organizations });

    /// <summary>
    /// Scores a batch of records as read from a file, as <see cref="ScoreBatch(IEnumerable{RecordReadResult}, Hierarchy.OrganizationTree?)"/>
    /// does, with the options that decide what the batch keeps: with <see cref="BatchTrace.Omit"/> no trace line is built
    /// and each result holds only its outcome (score, bands, area subtotals, vetoes, quotas), so a large batch needs a small
    /// entry per organization instead of its whole explanation.
    /// </summary>
    /// <param name="items">The items read (e.g. <see cref="RecordReader.StreamFile(string, Rules.RuleSet)"/>).</param>
    /// <param name="options">The organization tree and what to do with traces.</param>
    /// <returns>Ranked results and rejections; records read = scored + rejected. Scores, bands, ranks, lagging and roll-ups do not depend on <see cref="BatchOptions.Trace"/>.</returns>
    /// <remarks>
    /// The input is enumerated exactly once, so a single-use sequence (<see cref="RecordReader.ReadJson(Stream)"/>,
    /// <see cref="RecordReader.ReadCsv(Stream, Rules.RuleSet)"/>, a generator) loses no record. When the rule set has <c>peers</c> or
    /// <c>childInputs</c>, scoring needs several passes (collect the group's values, score; children before parents), so the
    /// records read are kept in memory for the duration of the call; only the sequence returned by
    /// <see cref="RecordReader.StreamFile(string, Rules.RuleSet)"/> is read again instead, by opening the file once per pass.
    /// Dispose the result when <see cref="BatchTrace.Spool"/> was asked for: it deletes the temporary file that holds the traces.
    /// </remarks>
    public BatchResult ScoreBatch(IEnumerable<RecordReadResult> items, BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        return new BatchScorer(this).Score(items, options);
    }

    internal static ScoringEngine FromBytes(byte[] bytes, string sourceName, RuleSetLoadOptions options) =>
        new(RuleFileLoader.Load(bytes, sourceName, options));

    private static byte[] ReadFile(string path, RuleSetLoadOptions options)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new RuleFileException([new RuleFileError(path, "$", 0, 0, RuleFileErrorCodes.Unreadable, "The rule file does not exist.")]);
            }

            if (info.Length > options.MaxFileBytes)
            {
                throw TooLarge(path, options);
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, ex);
        }
    }

    private static RuleFileException Unreadable(string path, Exception ex) =>
        new([new RuleFileError(path, "$", 0, 0, RuleFileErrorCodes.Unreadable, "The rule file cannot be read: " + ex.Message)]);

    private static RuleFileException TooLarge(string name, RuleSetLoadOptions options) =>
        new([new RuleFileError(name, "$", 0, 0, RuleFileErrorCodes.FileTooLarge,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The file is larger than the limit of {options.MaxFileBytes} bytes for rule files."))]);
}
