namespace PartyBuilding.Scoring.Periods;

/// <summary>One component's part of an annual result: its period scores and how they combined.</summary>
/// <param name="Id">Component id.</param>
/// <param name="Title">Display title.</param>
/// <param name="Method">How the periods combined.</param>
/// <param name="Missing">The missing-period policy applied.</param>
/// <param name="Weight">The declared weight.</param>
/// <param name="AppliedWeight">The weight used: the declared one, scaled up when another component was left out; 0 when this one was left out.</param>
/// <param name="Score">The component's annual score; null when every period was missing and the policy leaves it out.</param>
/// <param name="PeriodScores">The score of each period in order; null for a missing period.</param>
/// <param name="MissingPeriods">The names of the missing periods (e.g. <c>2024-03</c>).</param>
/// <param name="Scored">The criteria results of periods given as values, in period order; empty for score components.</param>
public sealed record ComponentResult(
    string Id, string Title, PeriodMethod Method, MissingPeriodPolicy Missing, decimal Weight, decimal AppliedWeight, decimal? Score,
    IReadOnlyList<decimal?> PeriodScores, IReadOnlyList<string> MissingPeriods, IReadOnlyList<ScoreResult> Scored);
