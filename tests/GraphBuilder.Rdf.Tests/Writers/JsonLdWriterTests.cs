using GraphBuilder.Rdf.Formats;
using static GraphBuilder.Rdf.Tests.Writers.WriterTestData;

namespace GraphBuilder.Rdf.Tests.Writers;

public class JsonLdWriterTests
{
    [Fact]
    public void Writes_compact_context_graph_types_and_value_objects()
    {
        var g = Graph(
            Tr(I("b"), I("name"), L("B \"q\"")),
            Tr(I("a"), RdfTerm("type"), I("Person")),
            Tr(I("a"), I("age"), T("42", Vocab.XsdInteger)),
            Tr(I("a"), I("knows"), I("b")),
            Tr(I("a"), I("name"), Lang("Anna", "de")),
            Tr(I("a"), I("addr"), B("x")),
            Tr(B("x"), I("city"), L("Köln")));
        Assert.Equal(
            """
            {
              "@context": {
                "ex": "http://example.org/",
                "xsd": "http://www.w3.org/2001/XMLSchema#"
              },
              "@graph": [
                {
                  "@id": "_:b0",
                  "ex:city": [
                    {
                      "@value": "Köln"
                    }
                  ]
                },
                {
                  "@id": "ex:a",
                  "@type": [
                    "ex:Person"
                  ],
                  "ex:addr": [
                    {
                      "@id": "_:b0"
                    }
                  ],
                  "ex:age": [
                    {
                      "@value": "42",
                      "@type": "xsd:integer"
                    }
                  ],
                  "ex:knows": [
                    {
                      "@id": "ex:b"
                    }
                  ],
                  "ex:name": [
                    {
                      "@value": "Anna",
                      "@language": "de"
                    }
                  ]
                },
                {
                  "@id": "ex:b",
                  "ex:name": [
                    {
                      "@value": "B \"q\""
                    }
                  ]
                }
              ]
            }

            """,
            Write(new JsonLdWriter(), g));
    }

    [Fact]
    public void Named_graphs_become_nested_graph_objects_merged_with_their_node()
    {
        var store = new TripleStore();
        store.NamespaceMap.AddNamespace("ex", Ex);
        store.Assert(new Quad(I("g"), I("p"), L("about g"), null));
        store.Assert(new Quad(I("s"), I("p"), L("in g"), I("g")));
        var json = Write(new JsonLdWriter(), store);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var graph = doc.RootElement.GetProperty("@graph");
        Assert.Equal(1, graph.GetArrayLength());
        var g = graph[0];
        Assert.Equal("ex:g", g.GetProperty("@id").GetString());
        Assert.Equal("about g", g.GetProperty("ex:p")[0].GetProperty("@value").GetString());
        Assert.Equal("ex:s", g.GetProperty("@graph")[0].GetProperty("@id").GetString());
    }

    [Fact]
    public void Prefixes_that_cannot_compact_safely_are_not_used()
    {
        var g = new Graph();
        g.NamespaceMap.AddNamespace("urn", "http://example.org/"); // would capture the scheme of urn:x
        g.NamespaceMap.AddNamespace("ns", "http://example.org/ns_"); // no gen-delim at the end
        g.Assert(new Triple(new UriNode("http://example.org/ns_a"), new UriNode("urn:x:p"), new UriNode("http://example.org/b")));
        var json = Write(new JsonLdWriter(), g);
        Assert.Contains("\"@id\": \"http://example.org/ns_a\"", json);
        Assert.Contains("\"urn:x:p\"", json);
        Assert.DoesNotContain("\"urn\":", json);
        Assert.DoesNotContain("\"ns\":", json);
    }
}
