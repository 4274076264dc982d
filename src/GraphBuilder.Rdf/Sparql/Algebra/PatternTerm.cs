namespace GraphBuilder.Rdf.Sparql.Algebra;

/// <summary>A position in a triple pattern: a variable or a constant term.</summary>
/// <remarks>Blank nodes in query patterns become variables whose names start with "_:" (they cannot be projected).</remarks>
public sealed class PatternTerm : IEquatable<PatternTerm>
{
    private PatternTerm(string? variable, INode? node)
    {
        Variable = variable;
        Node = node;
    }

    /// <summary>The variable name (without '?'), or null for a constant.</summary>
    public string? Variable { get; }

    /// <summary>The constant term, or null for a variable.</summary>
    public INode? Node { get; }

    /// <summary>True for a variable.</summary>
    public bool IsVariable => Variable != null;

    /// <summary>A variable position.</summary>
    public static PatternTerm Var(string name) => new(name, null);

    /// <summary>A constant position.</summary>
    public static PatternTerm Const(INode node) => new(null, node);

    /// <inheritdoc />
    public bool Equals(PatternTerm? other) => other != null && Variable == other.Variable && Equals(Node, other.Node);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PatternTerm t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Variable, Node);

    /// <inheritdoc />
    public override string ToString() => Variable != null ? (Variable.StartsWith("_:", StringComparison.Ordinal) ? Variable : "?" + Variable) : Node!.ToString()!;
}

/// <summary>A triple pattern of a basic graph pattern.</summary>
public sealed record TriplePattern(PatternTerm Subject, PatternTerm Predicate, PatternTerm Obj)
{
    /// <summary>The variables of the pattern, in position order.</summary>
    public IEnumerable<string> Variables
    {
        get
        {
            if (Subject.Variable != null) yield return Subject.Variable;
            if (Predicate.Variable != null) yield return Predicate.Variable;
            if (Obj.Variable != null) yield return Obj.Variable;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Predicate} {Obj} .";
}
