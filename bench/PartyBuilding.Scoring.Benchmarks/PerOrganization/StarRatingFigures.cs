namespace PartyBuilding.Scoring.Benchmarks.PerOrganization;

/// <summary>One branch's figures for the star rubric as typed fields: what a hand-written scorer would take.</summary>
public readonly record struct StarRatingFigures(
    string? Type,
    bool BranchSetupCompliant, string TeamUnityGrade, decimal ActivitiesHeld, bool FundsGuaranteed, decimal AffairsOpenScore,
    decimal StudyScore, decimal UnexcusedAbsences, string MemberManagementGrade, decimal NewMembers, decimal Activists,
    decimal DuesLatePayments, bool SystemsEstablished, string MechanismGrade, decimal ResponsibilityFindings,
    string InnovationGrade, decimal MemberRoleScore, decimal TaskCompletionRate, bool ServicePostsSet,
    decimal PracticalHelpScore, decimal MassSatisfactionRate, bool SeriousViolation, decimal DisciplineViolations)
{
    /// <summary>Reads the figures out of a record (values missing from it take the rule file's defaults: false and 0).</summary>
    public static StarRatingFigures FromRecord(OrganizationRecord record)
    {
        var v = record.Values;
        return new StarRatingFigures(
            record.Type,
            v["branchSetupCompliant"].Boolean, v["teamUnityGrade"].Text, v["activitiesHeld"].Number, v["fundsGuaranteed"].Boolean,
            v["affairsOpenScore"].Number, v["studyScore"].Number, v["unexcusedAbsences"].Number, v["memberManagementGrade"].Text,
            v["newMembers"].Number, v["activists"].Number, v["duesLatePayments"].Number, v["systemsEstablished"].Boolean,
            v["mechanismGrade"].Text, v["responsibilityFindings"].Number, v["innovationGrade"].Text, v["memberRoleScore"].Number,
            v["taskCompletionRate"].Number, v["servicePostsSet"].Boolean, v["practicalHelpScore"].Number, v["massSatisfactionRate"].Number,
            v.TryGetValue("seriousViolation", out var serious) && serious.Boolean,
            v.TryGetValue("disciplineViolations", out var discipline) ? discipline.Number : 0m);
    }
}
