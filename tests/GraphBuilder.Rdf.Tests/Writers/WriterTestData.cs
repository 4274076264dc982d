using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Writers;

/// <summary>Small hand-written graphs and a helper to run a writer into a string.</summary>
internal static class WriterTestData
{
    public const string Ex = "http://example.org/";

    public static UriNode I(string local) => new(Ex + local);
    public static BlankNode B(string id) => new(id);
    public static LiteralNode L(string v) => new(v);
    public static LiteralNode T(string v, string dt) => new(v, dt);
    public static LiteralNode Lang(string v, string lang) => new(v, null, lang);
    public static UriNode RdfTerm(string local) => new(Vocab.Rdf + local);

    public static string Write(IRdfWriter w, IGraph g)
    {
        var sw = new StringWriter();
        w.Save(g, sw);
        return sw.ToString();
    }

    public static string Write(IStoreWriter w, ITripleStore s)
    {
        var sw = new StringWriter();
        w.Save(s, sw);
        return sw.ToString();
    }

    /// <summary>Builds a graph from triples in the given order, with the ex: prefix.</summary>
    public static Graph Graph(params Triple[] triples)
    {
        var g = new Graph();
        g.NamespaceMap.AddNamespace("ex", Ex);
        foreach (var t in triples) g.Assert(t);
        return g;
    }

    public static Triple Tr(INode s, INode p, INode o) => new(s, p, o);
}
