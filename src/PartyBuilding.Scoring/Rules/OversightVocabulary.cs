namespace PartyBuilding.Scoring.Rules;

// The words of the dutyReview and rectification sections and of problem lists, and how they map to the model.
internal static class OversightVocabulary
{
    public static readonly IReadOnlyDictionary<string, ProblemStatus> Statuses = new Dictionary<string, ProblemStatus>(StringComparer.Ordinal)
    {
        ["open"] = ProblemStatus.Open,
        ["overdue"] = ProblemStatus.Overdue,
        ["rectified"] = ProblemStatus.Rectified,
        ["rectifiedLate"] = ProblemStatus.RectifiedLate,
    };

    public static readonly IReadOnlyDictionary<string, ProblemSource> Sources = new Dictionary<string, ProblemSource>(StringComparer.Ordinal)
    {
        ["review"] = ProblemSource.Review,
        ["inspection"] = ProblemSource.Inspection,
        ["assessment"] = ProblemSource.Assessment,
    };
}
