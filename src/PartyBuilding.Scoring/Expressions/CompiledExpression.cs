using System.Linq.Expressions;

namespace PartyBuilding.Scoring.Expressions;

// A rule-file expression compiled once into a delegate over the input vector, with the inputs it reads.
// Lambda is the sandboxed tree the delegate was compiled from, kept so the criteria of a layout can be spliced
// into one delegate (SplicedCriteria); it holds only whitelisted nodes.
internal sealed record CompiledExpression<T>(string Text, Func<InputVector, T> Evaluate, IReadOnlyList<int> InputsRead, Expression<Func<InputVector, T>> Lambda);
