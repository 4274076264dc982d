namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>What a query returns.</summary>
public enum SparqlResultsType
{
    /// <summary>SELECT: variables and solutions.</summary>
    VariableBindings,
    /// <summary>ASK: a boolean.</summary>
    Boolean,
    /// <summary>CONSTRUCT/DESCRIBE: a graph.</summary>
    Graph,
}

/// <summary>The result of a query (dotNetRDF's <c>SparqlResultSet</c>, plus the graph of CONSTRUCT/DESCRIBE).</summary>
/// <remarks><see cref="Results"/> may be a lazy stream: enumerate it once; writers stream it as it comes.</remarks>
public sealed class SparqlResultSet
{
    private SparqlResultSet(SparqlResultsType type, IReadOnlyList<string> variables, IEnumerable<SparqlResult> results, bool boolean, IGraph? graph)
    {
        ResultsType = type;
        Variables = variables;
        Results = results;
        Result = boolean;
        Graph = graph;
    }

    /// <summary>A SELECT result with its projected variables in order.</summary>
    public static SparqlResultSet FromBindings(IReadOnlyList<string> variables, IEnumerable<SparqlResult> results) =>
        new(SparqlResultsType.VariableBindings, variables, results, false, null);

    /// <summary>An ASK result.</summary>
    public static SparqlResultSet FromBoolean(bool value) =>
        new(SparqlResultsType.Boolean, Array.Empty<string>(), Array.Empty<SparqlResult>(), value, null);

    /// <summary>A CONSTRUCT or DESCRIBE result.</summary>
    public static SparqlResultSet FromGraph(IGraph graph) =>
        new(SparqlResultsType.Graph, Array.Empty<string>(), Array.Empty<SparqlResult>(), false, graph);

    /// <summary>Which kind of result this is.</summary>
    public SparqlResultsType ResultsType { get; }

    /// <summary>SELECT: the projected variable names (without '?'), in order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>SELECT: the solutions, in order.</summary>
    public IEnumerable<SparqlResult> Results { get; }

    /// <summary>ASK: the answer.</summary>
    public bool Result { get; }

    /// <summary>CONSTRUCT/DESCRIBE: the graph.</summary>
    public IGraph? Graph { get; }
}
