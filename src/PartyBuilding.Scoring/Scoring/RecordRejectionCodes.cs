namespace PartyBuilding.Scoring;

/// <summary>The stable codes of record rejections.</summary>
public static class RecordRejectionCodes
{
    /// <summary>The record has no id.</summary>
    public const string MissingId = "PBR001";
    /// <summary>Another record of the batch has the same id.</summary>
    public const string DuplicateId = "PBR002";
    /// <summary>The record's type is not one of the rule set's categories.</summary>
    public const string UnknownType = "PBR003";
    /// <summary>The record supplies an input the rule set does not declare.</summary>
    public const string UndeclaredInput = "PBR004";
    /// <summary>A value has the wrong type (e.g. text for a number).</summary>
    public const string WrongType = "PBR005";
    /// <summary>A value is outside the declared range or choices.</summary>
    public const string OutOfRange = "PBR006";
    /// <summary>A value that is read has not been supplied and has no default.</summary>
    public const string MissingValue = "PBR007";
    /// <summary>The record gives a review source the rule set does not declare.</summary>
    public const string UndeclaredReview = "PBR008";
    /// <summary>A review source's score or values are missing.</summary>
    public const string MissingReview = "PBR009";
    /// <summary>A formula or condition could not be evaluated for this record (e.g. division by zero).</summary>
    public const string EvaluationFailed = "PBR010";
    /// <summary>The record is not shaped as a record (e.g. not a JSON object, or a CSV row with the wrong number of cells).</summary>
    public const string Malformed = "PBR011";
    /// <summary>A points criterion was given more than its maximum and the rule file rejects that.</summary>
    public const string PointsAboveMax = "PBR012";
    /// <summary>A value is given where it would not be read: an input of a veto given only inside a review source (vetoes read the record's own values).</summary>
    public const string MisplacedValue = "PBR013";
    /// <summary>A review record does not name its reviewer (id and real name): anonymous reviews are not accepted (实名制评议).</summary>
    public const string AnonymousReview = "PBR300";
    /// <summary>The same reviewer reviewed the same subject more than once; none of those records is used.</summary>
    public const string DuplicateReviewer = "PBR301";
    /// <summary>A review record's reviewer category is not declared in the rule file.</summary>
    public const string UnknownReviewerCategory = "PBR302";
    /// <summary>A review record gives no grade or score, both, a grade outside the grade table, or a score outside the score range.</summary>
    public const string InvalidReviewScore = "PBR303";
    /// <summary>A review record is for a subject that is not among the records.</summary>
    public const string UnknownSubject = "PBR304";
    /// <summary>A subject has no accepted review in a reviewer category, so its review score cannot be combined.</summary>
    public const string MissingCategoryReviews = "PBR305";
    /// <summary>One reviewer id appears with different names or categories.</summary>
    public const string ConflictingReviewer = "PBR306";
    /// <summary>A record gives a value that the library computes for it (the review score, a problem count).</summary>
    public const string ComputedValueGiven = "PBR307";
    /// <summary>An inspection record is not shaped as one (no id, no date, no organization, findings that are not counts or lists).</summary>
    public const string MalformedInspection = "PBR310";
    /// <summary>An inspection reports findings for an item that is not in the rule file, or not in effect on the inspection date.</summary>
    public const string UnknownInspectionItem = "PBR311";
    /// <summary>An inspection is dated outside the period in which its rule file is in force (<c>effectiveFrom</c> to <c>effectiveUntil</c>).</summary>
    public const string InspectionOutsideRuleSet = "PBR340";
    /// <summary>A problem record is not shaped as one (no id, organization, source, deadline, or a status history that is not in date order).</summary>
    public const string MalformedProblem = "PBR320";
    /// <summary>Two problem records share an id; none of them is counted.</summary>
    public const string DuplicateProblem = "PBR321";
    /// <summary>A component carried from another assessment has no outcome for this organization (and the rule file says to reject).</summary>
    public const string ComponentMissing = "PBR100";
    /// <summary>The record supplies an input that a carried component fills; the carried value is not silently overwritten.</summary>
    public const string ComponentInputSupplied = "PBR101";
    /// <summary>The record's parent is neither a record of the batch nor an organization of the organization tree.</summary>
    public const string ParentMissing = "PBR102";
    /// <summary>Following the record's parent links leads back to the record.</summary>
    public const string ParentCycle = "PBR103";
    /// <summary>The record supplies an input that the rule file fills from the other organizations of the batch (<c>peers</c>).</summary>
    public const string PeerInputSupplied = "PBR104";
    /// <summary>The record supplies an input that the rule file fills from the organizations under it (<c>childInputs</c>).</summary>
    public const string ChildInputSupplied = "PBR105";
    /// <summary>A JSON record is larger than <see cref="Records.RecordReadOptions.MaxRecordBytes"/>; it is skipped unread and reading goes on.</summary>
    public const string RecordTooLarge = "PBR120";
    /// <summary>A CSV row is larger than <see cref="Records.RecordReadOptions.MaxRecordBytes"/>; it is not scored and reading goes on.</summary>
    public const string RowTooLarge = "PBR121";
    /// <summary>The record holds text that is not UTF-8: bytes of another encoding (GBK, ANSI, Latin-1) in a JSON record, or a CSV cell
    /// that decodes to the replacement character U+FFFD. It is not scored, and the records after it are read.</summary>
    public const string NotUtf8 = "PBR625";
    /// <summary>The organization's result in the assessment a component comes from was revoked by a veto, and the component says to reject (<c>whenRevoked: reject</c>).</summary>
    public const string ComponentRevoked = "PBR130";
}
