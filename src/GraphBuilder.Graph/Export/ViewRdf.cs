using System.Globalization;
using GraphBuilder.Graph.Model;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Graph.Export;

/// <summary>
/// A view as RDF, for the Turtle export: each node keeps its IRI, type, name and Wikidata link and gains the computed
/// measures (<c>gb:pageRank</c>, <c>gb:community</c>, <c>gb:degree</c>); each edge is a direct triple
/// (<c>gb:interactsWith</c>, <c>gb:cooccursWith</c>, <c>org:memberOf</c>) plus a blank <c>gb:ViewEdge</c> node
/// that carries its weight, CAMEO root and role.
/// </summary>
public static class ViewRdf
{
    private static readonly string[] KindTypes =
    [
        KgVocabulary.Person, KgVocabulary.Organization, KgVocabulary.Country, KgVocabulary.Place,
    ];

    /// <summary>Builds the RDF graph of <paramref name="view"/> (measures are computed when missing).</summary>
    public static IGraph ToGraph(RelationView view)
    {
        var m = view.Measures ?? Algorithms.ViewAnalyzer.Analyze(view);
        var g = new GraphBuilder.Rdf.Graph();
        foreach (var (p, ns) in new[]
        {
            ("gb", KgVocabulary.Gb), ("schema", KgVocabulary.Schema), ("org", KgVocabulary.Org), ("owl", Vocab.Owl),
            ("wd", KgVocabulary.Wikidata), ("xsd", Vocab.Xsd), ("rdfs", Vocab.Rdfs), ("role", KgVocabulary.Role),
        })
            g.NamespaceMap.AddNamespace(p, ns);
        var type = new UriNode(Vocab.RdfType);
        foreach (var n in view.Nodes)
        {
            var s = Term(n.Id);
            if (n.Kind != EntityKind.Other) g.Assert(new Triple(s, type, new UriNode(KindTypes[(int)n.Kind])));
            g.Assert(new Triple(s, new UriNode(KgVocabulary.Name), new LiteralNode(n.Label)));
            if (n.Wikidata != null) g.Assert(new Triple(s, new UriNode(Vocab.Owl + "sameAs"), new UriNode(KgVocabulary.Wikidata + n.Wikidata)));
            g.Assert(new Triple(s, new UriNode(KgVocabulary.PageRank), new LiteralNode(m.PageRank[n].ToString("R", CultureInfo.InvariantCulture), Vocab.XsdDouble)));
            g.Assert(new Triple(s, new UriNode(KgVocabulary.Community), Int(m.Community[n])));
            g.Assert(new Triple(s, new UriNode(KgVocabulary.Degree), Int(m.Degree[n])));
        }
        int i = 0;
        foreach (var e in view.Edges)
        {
            var s = Term(e.Source.Id);
            var o = Term(e.Target.Id);
            string direct = e.Kind switch
            {
                RelationKind.Interaction => KgVocabulary.Gb + "interactsWith",
                RelationKind.Cooccurrence => KgVocabulary.Gb + "cooccursWith",
                _ => KgVocabulary.Org + "memberOf",
            };
            g.Assert(new Triple(s, new UriNode(direct), o));
            var edge = new BlankNode("viewedge" + i.ToString(CultureInfo.InvariantCulture));
            i++;
            g.Assert(new Triple(edge, type, new UriNode(KgVocabulary.Gb + "ViewEdge")));
            g.Assert(new Triple(edge, new UriNode(KgVocabulary.Gb + "view"), new LiteralNode(view.Name)));
            g.Assert(new Triple(edge, new UriNode(KgVocabulary.Gb + "source"), s));
            g.Assert(new Triple(edge, new UriNode(KgVocabulary.Gb + "target"), o));
            g.Assert(new Triple(edge, new UriNode(KgVocabulary.Gb + "relation"), new LiteralNode(GraphMLExporter.RelationName(e.Kind))));
            g.Assert(new Triple(edge, new UriNode(KgVocabulary.Gb + "weight"), new LiteralNode(ExportText.Num(e.Weight), Vocab.XsdDouble)));
            if (e.CameoRoot != null)
            {
                g.Assert(new Triple(edge, new UriNode(KgVocabulary.Cameo), new LiteralNode(e.CameoRoot)));
                g.Assert(new Triple(edge, new UriNode(Vocab.Rdfs + "label"), new LiteralNode(e.Label, null, "en")));
            }
            if (e.Role != null) g.Assert(new Triple(edge, new UriNode(KgVocabulary.OrgRole), new UriNode(KgVocabulary.Role + e.Role)));
        }
        return g;
    }

    /// <summary>Writes the view's RDF with <paramref name="writer"/> (the project's Turtle writer).</summary>
    public static void Write(RelationView view, IRdfWriter writer, TextWriter output) => writer.Save(ToGraph(view), output);

    private static INode Term(string id) => id.StartsWith("_:", StringComparison.Ordinal) ? new BlankNode(id[2..]) : new UriNode(id);

    private static LiteralNode Int(int v) => new(v.ToString(CultureInfo.InvariantCulture), Vocab.XsdInteger);
}
