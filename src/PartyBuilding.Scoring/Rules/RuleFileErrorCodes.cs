namespace PartyBuilding.Scoring.Rules;

/// <summary>
/// The stable codes of rule-file errors. Codes never change meaning once published, so scripts and
/// documentation can rely on them.
/// </summary>
public static class RuleFileErrorCodes
{
    /// <summary>The file does not exist or cannot be read.</summary>
    public const string Unreadable = "PBS001";
    /// <summary>The file is larger than <see cref="RuleSetLoadOptions.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "PBS002";
    /// <summary>The text is not valid JSON (this includes comments and trailing commas).</summary>
    public const string InvalidJson = "PBS003";
    /// <summary>The same property name appears twice in one object.</summary>
    public const string DuplicateProperty = "PBS004";
    /// <summary>A value has the wrong JSON type (e.g. text where a number is expected).</summary>
    public const string WrongJsonType = "PBS005";
    /// <summary>A property name the format does not know (often a typo).</summary>
    public const string UnknownProperty = "PBS006";
    /// <summary>The file is not UTF-8 encoded.</summary>
    public const string NotUtf8 = "PBS007";
    /// <summary>A required property is missing or empty.</summary>
    public const string Missing = "PBS010";
    /// <summary>An id is not a valid identifier.</summary>
    public const string InvalidId = "PBS011";
    /// <summary>An id is used twice.</summary>
    public const string DuplicateId = "PBS012";
    /// <summary>A number is outside what the format allows (e.g. a negative maximum).</summary>
    public const string ValueOutOfRange = "PBS013";
    /// <summary>A value is not one of the allowed words (e.g. an unknown scoring method).</summary>
    public const string UnknownValue = "PBS014";
    /// <summary>A date is not written as yyyy-MM-dd.</summary>
    public const string InvalidDate = "PBS015";
    /// <summary>A size limit of <see cref="RuleSetLoadOptions"/> is exceeded.</summary>
    public const string LimitExceeded = "PBS016";
    /// <summary>An option contradicts another or has no effect.</summary>
    public const string ConflictingOptions = "PBS017";
    /// <summary>A criterion refers to an input that is not declared.</summary>
    public const string UnknownInput = "PBS020";
    /// <summary>A criterion's input has a type its scoring method cannot use.</summary>
    public const string InputTypeMismatch = "PBS021";
    /// <summary>A grade table does not match the input's choices, or gives more than the maximum.</summary>
    public const string GradeTableMismatch = "PBS022";
    /// <summary>An organization type is used that is not declared in <c>categories</c>.</summary>
    public const string UnknownCategory = "PBS023";
    /// <summary>A message uses a placeholder that does not exist for its criterion.</summary>
    public const string UnknownPlaceholder = "PBS024";
    /// <summary>Review weights do not sum to 1 (or 100).</summary>
    public const string WeightsDoNotSum = "PBS030";
    /// <summary>A band range is not written as an interval such as <c>[90, 95)</c>.</summary>
    public const string InvalidBandRange = "PBS040";
    /// <summary>Some possible scores fall in no band.</summary>
    public const string BandGap = "PBS041";
    /// <summary>Some possible scores fall in two bands.</summary>
    public const string BandOverlap = "PBS042";
    /// <summary>A band reaches outside the score range.</summary>
    public const string BandOutsideScoreRange = "PBS043";
    /// <summary>Two bands of one table share a level.</summary>
    public const string DuplicateBandLevel = "PBS044";
    /// <summary>An expression is not valid syntax or names something unknown.</summary>
    public const string ExpressionSyntax = "PBS060";
    /// <summary>An expression uses something outside the allowed set (member access, types, other methods …).</summary>
    public const string ExpressionForbidden = "PBS061";
    /// <summary>An expression is longer or more deeply nested than the limits allow.</summary>
    public const string ExpressionTooComplex = "PBS063";
    /// <summary>An expression gives the wrong kind of value (a number where a condition is needed, or the reverse).</summary>
    public const string ExpressionWrongType = "PBS064";
    /// <summary>A number is beyond the range of decimal.</summary>
    public const string NumberOutOfDecimalRange = "PBS065";
    /// <summary>A band id is referred to (by lagging, roll-ups …) that is in no band table.</summary>
    public const string UnknownBand = "PBS100";
    /// <summary>A quota limits the lowest band of a band table, below which nobody can be moved.</summary>
    public const string QuotaOnLowestBand = "PBS180";
    /// <summary>The duty-report review's <c>input</c> is missing, undeclared or not a number input.</summary>
    public const string ReviewInputInvalid = "PBS300";
    /// <summary>The duty-report review's grade table is empty or gives a score outside the score range.</summary>
    public const string ReviewGradeTableInvalid = "PBS301";
    /// <summary>The reviewer category weights do not sum to 1 (or 100).</summary>
    public const string ReviewerWeightsDoNotSum = "PBS302";
    /// <summary>A reviewer category's <c>trim</c> is negative.</summary>
    public const string ReviewTrimInvalid = "PBS303";
    /// <summary>A criterion's <c>effectiveFrom</c> is not a date, or is not after the rule set's own date.</summary>
    public const string CriterionEffectiveFromInvalid = "PBS310";
    /// <summary>A criterion's <c>deadlineDays</c> is below 1, above 3650, or set on a criterion that is not a deduction.</summary>
    public const string DeadlineDaysInvalid = "PBS311";
    /// <summary>The rectification section counts into an input that is undeclared, not a count, or read by nothing.</summary>
    public const string RectificationCountInvalid = "PBS320";
    /// <summary>The weights of the period components do not sum to 1 (or 100).</summary>
    public const string PeriodWeightsDoNotSum = "PBS200";
    /// <summary><c>effectiveUntil</c> is before <c>effectiveFrom</c>.</summary>
    public const string EffectiveUntilBeforeFrom = "PBS201";
    /// <summary>An assessment-cycle section needs another one (<c>starValidity</c> with <c>procedure</c>; <c>events</c> with <c>starValidity</c>).</summary>
    public const string CycleSectionsIncomplete = "PBS202";
    /// <summary>Two versions of a rule set in one catalog are in force on the same day, or share a version.</summary>
    public const string VersionsOverlap = "PBS203";
    /// <summary>A period component sums more periods than its weight allows: the annual score could pass the top of the score range.</summary>
    public const string PeriodSumExceedsRange = "PBS290";
    /// <summary>Versions of one rule set in a catalog name different days in <c>periods.yearRulesOn</c>, so a year could be computed by two versions or by none.</summary>
    public const string YearRulesDiffer = "PBS280";

    /// <summary>An expression contains a character outside ASCII (a look-alike letter, a full-width digit …) outside text in quotes.</summary>
    public const string ExpressionNonAscii = "PBS600";
    /// <summary>Text in the rule file contains an invisible or direction-changing character (zero-width joiner, right-to-left override …).</summary>
    public const string InvisibleCharacter = "PBS601";

    // Rule-file tests (the "tests" section): PBS400–PBS499.

    /// <summary>A test's record cannot be read as a record.</summary>
    public const string TestRecordUnreadable = "PBS400";
    /// <summary>A test's record names an input or review source the file does not declare.</summary>
    public const string TestUndeclaredName = "PBS401";
    /// <summary>A test expects a band id that is not in the file's band tables.</summary>
    public const string TestUnknownBand = "PBS402";
    /// <summary>A test's expectation is empty, contradictory (a rejection and a score) or names no valid rejection code.</summary>
    public const string TestExpectation = "PBS403";
    /// <summary>Running a test gave another score than expected.</summary>
    public const string TestScoreMismatch = "PBS410";
    /// <summary>Running a test gave another band than expected.</summary>
    public const string TestBandMismatch = "PBS411";
    /// <summary>Running a test gave a rejection where a score was expected, or the reverse, or another rejection code.</summary>
    public const string TestRejectionMismatch = "PBS412";
    /// <summary>The rule file has no tests to run.</summary>
    public const string NoTests = "PBS413";
    /// <summary>A test's record gives an input that a component, the peers or the organizations below fill; it belongs in the test's <c>carried</c>.</summary>
    public const string TestGivesFilledInput = "PBS450";
    /// <summary>A test's <c>carried</c> names an input that no component, peer statistic or child input of the file fills.</summary>
    public const string TestCarriesUnfilledInput = "PBS451";
}
