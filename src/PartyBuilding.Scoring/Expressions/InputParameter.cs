using System.Linq.Expressions;

namespace PartyBuilding.Scoring.Expressions;

// What the sandbox knows of one declared input behind a parser parameter: its index in the input vector,
// the expression that reads it there, and the choices of a grade input (empty otherwise).
internal sealed record InputParameter(int Index, Expression Access, IReadOnlyList<string> Choices);
