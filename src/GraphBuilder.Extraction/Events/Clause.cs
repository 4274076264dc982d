namespace GraphBuilder.Extraction.Events;

/// <summary>A clause of a sentence: tokens [<see cref="First"/>, <see cref="End"/>) between punctuation and quotation boundaries.</summary>
/// <param name="First">First token.</param>
/// <param name="End">Token after the last one.</param>
/// <param name="Subordinate">Introduced by a subordinating conjunction or relative pronoun ("dass", "falls", ", die").</param>
/// <param name="Conditional">Hypothetical: "falls", "wenn", "ob", "würde", "könnte".</param>
/// <param name="Negated">Contains a negation ("nicht", "kein", "weder").</param>
/// <param name="Relative">Introduced by a relative pronoun.</param>
public sealed record Clause(int First, int End, bool Subordinate, bool Conditional, bool Negated, bool Relative);
