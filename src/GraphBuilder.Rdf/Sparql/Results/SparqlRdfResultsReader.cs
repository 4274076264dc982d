using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>
/// Reads a result set written as RDF in the DAWG test vocabulary
/// (<c>http://www.w3.org/2001/sw/DataAccess/tests/result-set#</c>): an <c>rs:ResultSet</c> with
/// <c>rs:resultVariable</c>s and <c>rs:solution</c>s of <c>rs:binding</c> (<c>rs:variable</c>, <c>rs:value</c>),
/// optionally ordered by <c>rs:index</c>, or an <c>rs:boolean</c>.
/// </summary>
public static class SparqlRdfResultsReader
{
    /// <summary>The rs: namespace.</summary>
    public const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    private static readonly UriNode RdfType = new(Vocab.RdfType);
    private static readonly UriNode ResultSet = new(Rs + "ResultSet");
    private static readonly UriNode ResultVariable = new(Rs + "resultVariable");
    private static readonly UriNode Solution = new(Rs + "solution");
    private static readonly UriNode Binding = new(Rs + "binding");
    private static readonly UriNode Variable = new(Rs + "variable");
    private static readonly UriNode Value = new(Rs + "value");
    private static readonly UriNode Index = new(Rs + "index");
    private static readonly UriNode BooleanP = new(Rs + "boolean");

    /// <summary>True when <paramref name="graph"/> holds an rs:ResultSet (so it is a result set, not an expected graph).</summary>
    public static bool IsResultSet(IGraph graph) => FindResultSet(graph) != null;

    /// <summary>
    /// The result set in <paramref name="graph"/>. Variables come in name order (RDF keeps no order); solutions in
    /// <c>rs:index</c> order when they have one (see <see cref="IsOrdered"/>), otherwise in a deterministic order.
    /// </summary>
    /// <exception cref="RdfException">When the graph holds no result set or a malformed one.</exception>
    public static SparqlResultSet Read(IGraph graph)
    {
        var rs = FindResultSet(graph) ?? throw new RdfException("no rs:ResultSet in the graph");
        var boolean = graph.GetTriples(rs, BooleanP, null).Select(t => t.Object).FirstOrDefault();
        if (boolean is ILiteralNode b)
        {
            return b.Value.Trim() switch
            {
                "true" or "1" => SparqlResultSet.FromBoolean(true),
                "false" or "0" => SparqlResultSet.FromBoolean(false),
                _ => throw new RdfException($"rs:boolean is '{b.Value}'"),
            };
        }
        var vars = graph.GetTriples(rs, ResultVariable, null)
            .Select(t => t.Object is ILiteralNode l ? l.Value : throw new RdfException("rs:resultVariable must be a literal"))
            .Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
        var solutions = new List<(long Index, SparqlResult Row)>();
        foreach (var st in graph.GetTriples(rs, Solution, null).OrderBy(t => t.Object))
        {
            var s = st.Object;
            long index = long.MaxValue;
            var idx = graph.GetTriples(s, Index, null).Select(t => t.Object).FirstOrDefault();
            if (idx is ILiteralNode il && long.TryParse(il.Value.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)) index = n;
            var row = new List<KeyValuePair<string, INode>>();
            foreach (var bt in graph.GetTriples(s, Binding, null))
            {
                var varNode = graph.GetTriples(bt.Object, Variable, null).Select(t => t.Object).FirstOrDefault() as ILiteralNode
                    ?? throw new RdfException("rs:binding without a literal rs:variable");
                var value = graph.GetTriples(bt.Object, Value, null).Select(t => t.Object).FirstOrDefault()
                    ?? throw new RdfException($"rs:binding of ?{varNode.Value} without rs:value");
                row.Add(new(varNode.Value, value));
            }
            solutions.Add((index, new SparqlResult(row)));
        }
        // A stable sort keeps the deterministic object order for solutions without an index.
        var ordered = solutions.OrderBy(x => x.Index).Select(x => x.Row).ToList();
        return SparqlResultSet.FromBindings(vars, ordered);
    }

    /// <summary>True when the result set's solutions carry <c>rs:index</c>, i.e. their order is part of the expected answer.</summary>
    public static bool IsOrdered(IGraph graph)
    {
        var rs = FindResultSet(graph);
        return rs != null && graph.GetTriples(rs, Solution, null).Any(t => graph.GetTriples(t.Object, Index, null).Any());
    }

    /// <summary>Parses RDF text with <paramref name="reader"/> (e.g. the Turtle reader) and reads the result set from it.</summary>
    public static SparqlResultSet Load(IRdfReader reader, TextReader input, string? baseUri = null, string? sourceName = null)
    {
        var g = new Graph();
        reader.Load(new GraphHandler(g), input, baseUri, sourceName);
        return Read(g);
    }

    /// <summary>Reads the result set of a Turtle (or other RDF) file; relative IRIs resolve against the file's URI.</summary>
    public static SparqlResultSet LoadFile(string path) => Read(RdfLoader.LoadGraph(path));

    private static INode? FindResultSet(IGraph graph)
    {
        var typed = graph.GetTriples(null, RdfType, ResultSet).Select(t => t.Subject).OrderBy(n => n).FirstOrDefault();
        if (typed != null) return typed;
        // Some test files leave out the type; the subject of the rs: properties is the result set then.
        return graph.GetTriples(null, ResultVariable, null).Concat(graph.GetTriples(null, BooleanP, null)).Concat(graph.GetTriples(null, Solution, null))
            .Select(t => t.Subject).OrderBy(n => n).FirstOrDefault();
    }
}
