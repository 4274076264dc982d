using GraphBuilder.Rdf.Sparql.Results;

namespace GraphBuilder.Rdf.Tests.Sparql.Results;

/// <summary>Small hand-written result sets shared by the results tests.</summary>
internal static class Fixtures
{
    public const string Ex = "http://example.org/";

    public static SparqlResult Row(params (string Var, INode Value)[] bindings) =>
        new(bindings.Select(b => new KeyValuePair<string, INode>(b.Var, b.Value)));

    public static UriNode Iri(string local) => new(Ex + local);

    /// <summary>Three solutions covering every term kind, an unbound variable, and characters that need escaping.</summary>
    public static SparqlResultSet Mixed() => SparqlResultSet.FromBindings(["s", "o"],
    [
        Row(("s", Iri("a")), ("o", new LiteralNode("Merz sagt: \"Nein\",\tdann\nEnde"))),
        Row(("s", new BlankNode("b0")), ("o", new LiteralNode("Berlin", null, "de"))),
        Row(("s", Iri("c")), ("o", new LiteralNode("42", Vocab.XsdInteger))),
        Row(("s", Iri("d"))),
        Row(("s", Iri("e")), ("o", new LiteralNode("2025-03-01", Vocab.XsdDate))),
    ]);

    /// <summary>Runs a writer into a string.</summary>
    public static string Write(ISparqlResultsWriter writer, SparqlResultSet results)
    {
        var sw = new StringWriter { NewLine = "\n" };
        writer.Save(results, sw);
        return sw.ToString();
    }

    /// <summary>Parses a string.</summary>
    public static SparqlResultSet Parse(ISparqlResultsParser parser, string text) => parser.Parse(new StringReader(text), "test");

    /// <summary>A result set that fails the test when enumerated twice, so writers are known to stream once.</summary>
    public static SparqlResultSet Once(SparqlResultSet r) => SparqlResultSet.FromBindings(r.Variables, new OnceEnumerable(r.Results));

    private sealed class OnceEnumerable(IEnumerable<SparqlResult> inner) : IEnumerable<SparqlResult>
    {
        private bool _used;
        public IEnumerator<SparqlResult> GetEnumerator()
        {
            Assert.False(_used, "results enumerated twice");
            _used = true;
            return inner.GetEnumerator();
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
