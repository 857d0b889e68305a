namespace PartyBuilding.Scoring.Expressions;

// A rule-file expression compiled once into a delegate over the input vector, with the inputs it reads.
internal sealed record CompiledExpression<T>(string Text, Func<InputVector, T> Evaluate, IReadOnlyList<int> InputsRead);
