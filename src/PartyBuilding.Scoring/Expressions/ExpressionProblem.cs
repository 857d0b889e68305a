namespace PartyBuilding.Scoring.Expressions;

// Why an expression was refused. Position is the 0-based character in the expression text, when known.
internal sealed record ExpressionProblem(string Code, string Message, int? Position);
