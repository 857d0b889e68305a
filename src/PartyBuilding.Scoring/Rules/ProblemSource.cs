namespace PartyBuilding.Scoring.Rules;

/// <summary>What found a problem (问题来源).</summary>
public enum ProblemSource
{
    /// <summary>A duty-report review (述职评议) problem feedback list.</summary>
    Review,

    /// <summary>A monthly inspection (党建工作巡查).</summary>
    Inspection,

    /// <summary>An assessment, e.g. a lagging organization's rectification plan.</summary>
    Assessment,
}
