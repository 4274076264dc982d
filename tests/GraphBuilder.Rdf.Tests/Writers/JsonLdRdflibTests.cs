using System.Text;
using GraphBuilder.Rdf.Comparison;
using GraphBuilder.Rdf.Formats;
using static GraphBuilder.Rdf.Tests.Writers.WriterTestData;

namespace GraphBuilder.Rdf.Tests.Writers;

/// <summary>The JSON-LD writer's output, read back by rdflib, is the same dataset as our N-Quads of it.</summary>
public class JsonLdRdflibTests
{
    internal static TripleStore RichStore()
    {
        var store = new TripleStore();
        store.NamespaceMap.AddNamespace("ex", Ex);
        store.NamespaceMap.AddNamespace("schema", "https://schema.org/");
        void Add(INode s, INode p, INode o, INode? g = null) => store.Assert(new Quad(s, p, o, g));
        var list1 = B("l1"); var list2 = B("l2");
        Add(I("merkel"), RdfTerm("type"), new UriNode("https://schema.org/Person"));
        Add(I("merkel"), new UriNode("https://schema.org/name"), Lang("Angela Merkel", "de"));
        Add(I("merkel"), new UriNode("https://schema.org/name"), Lang("Angela Merkel", "en-GB"));
        Add(I("merkel"), I("born"), T("1954-07-17", Vocab.XsdDate));
        Add(I("merkel"), I("score"), T("042", Vocab.XsdInteger));
        Add(I("merkel"), I("ratio"), T("1.50", Vocab.XsdDecimal));
        Add(I("merkel"), I("quote"), L("Sie sagte: \"Wir schaffen das\"\nneue Zeile\t\\ 🙂 Ünïcödé"));
        Add(I("merkel"), I("odd"), new UriNode("http://example.org/odd/iri?x=1&y=%C3%BC#frag"));
        Add(I("merkel"), I("address"), B("addr"));
        Add(B("addr"), I("city"), L("Berlin"));
        Add(B("addr"), I("self"), B("addr"));
        Add(I("merkel"), I("list"), list1);
        Add(list1, RdfTerm("first"), T("1", Vocab.XsdInteger));
        Add(list1, RdfTerm("rest"), list2);
        Add(list2, RdfTerm("first"), L("zwei"));
        Add(list2, RdfTerm("rest"), RdfTerm("nil"));
        Add(I("merkel"), RdfTerm("type"), B("anonType"));
        Add(I("s"), I("p"), L("in graph g"), I("g"));
        Add(I("s"), I("p"), B("shared"), I("g"));
        Add(B("shared"), I("p"), L("shared across graphs"), I("g2"));
        Add(I("g"), I("describedBy"), L("the graph node itself"));
        return store;
    }

    [SkippableFact]
    public void Rdflib_reads_the_JSON_LD_back_to_an_isomorphic_dataset()
    {
        Skip.IfNot(Rdflib.Available, Rdflib.MissingReason);
        var store = RichStore();
        var dir = Directory.CreateTempSubdirectory("gb-jsonld-");
        try
        {
            var jsonPath = Path.Combine(dir.FullName, "data.jsonld");
            var nqPath = Path.Combine(dir.FullName, "data.nq");
            File.WriteAllText(jsonPath, Write(new JsonLdWriter(), store), new UTF8Encoding(false));
            File.WriteAllText(nqPath, Write(new NQuadsWriter(), store), new UTF8Encoding(false));
            var (exit, stdout, stderr) = Rdflib.CompareJsonLdWithNQuads(jsonPath, nqPath);
            Assert.True(exit == 0, $"rdflib: {stderr}\n--- JSON-LD ---\n{File.ReadAllText(jsonPath)}");
            Assert.Contains("ISOMORPHIC", stderr);
            Assert.Equal(store.Quads.Count(), stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

            // rdflib's N-Quads of the JSON-LD, read with our reader, is the store we wrote (up to blank node names).
            var back = RdfLoader.ParseStore(stdout, RdfFormat.NQuads);
            var defaultName = new UriNode(Rdflib.DefaultGraphName);
            var quads = back.Quads.Select(q => defaultName.Equals(q.Graph) ? q with { Graph = null } : q).ToList();
            Assert.Null(GraphComparer.Explain(store.Quads, quads));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
