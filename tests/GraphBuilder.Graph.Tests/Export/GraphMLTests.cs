using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Graph.Tests.Fixtures;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Graph.Tests.Export;

public class GraphMLTests
{
    private static readonly XNamespace G = GraphMLExporter.Ns;

    internal static byte[] Write(ViewKind kind, bool yed = false)
    {
        var view = new ViewProjector(SampleKg.Snapshot()).Project(kind);
        using var ms = new MemoryStream();
        new GraphMLExporter { Yed = yed }.Write(view, ms);
        return ms.ToArray();
    }

    /// <summary>Maps the GraphML schema addresses to the offline copies in ../shared/conformance/graphml.</summary>
    private sealed class OfflineResolver(string folder) : XmlResolver
    {
        private const string Prefix = "http://graphml.graphdrawing.org/xmlns/1.1/";

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var s = absoluteUri.AbsoluteUri;
            string path = s.StartsWith(Prefix, StringComparison.Ordinal) ? Path.Combine(folder, s[Prefix.Length..])
                : absoluteUri.IsFile ? absoluteUri.LocalPath
                : throw new XmlException($"refusing to fetch {s} (offline validation)");
            return File.OpenRead(path);
        }
    }

    private static XmlSchemaSet Schemas()
    {
        var folder = SharedData.Path("conformance", "graphml");
        var set = new XmlSchemaSet { XmlResolver = new OfflineResolver(folder) };
        using (var r = XmlReader.Create(Path.Combine(folder, "graphml.xsd"), new XmlReaderSettings { XmlResolver = new OfflineResolver(folder), DtdProcessing = DtdProcessing.Ignore }))
            set.Add("http://graphml.graphdrawing.org/xmlns", r);
        set.Compile();
        return set;
    }

    private static List<string> Validate(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas() };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var r = XmlReader.Create(new MemoryStream(xml), settings);
        while (r.Read()) { }
        return errors;
    }

    [SkippableTheory]
    [InlineData(ViewKind.Interactions)]
    [InlineData(ViewKind.Cooccurrence)]
    [InlineData(ViewKind.Roles)]
    [InlineData(ViewKind.All)]
    public void Validates_against_the_GraphML_1_1_schema(ViewKind kind)
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var errors = Validate(Write(kind));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [SkippableFact]
    public void Schema_validation_is_not_vacuous()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var bad = System.Text.Encoding.UTF8.GetBytes(
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"sideways\"><nodule/></graph></graphml>");
        Assert.NotEmpty(Validate(bad));
    }

    [Fact]
    public void Keys_are_typed_with_prefixed_ids_and_edge_ids_are_unique()
    {
        var doc = XDocument.Load(new MemoryStream(Write(ViewKind.All)));
        var keys = doc.Root!.Elements(G + "key").ToList();
        foreach (var name in new[] { "label", "type", "wikidata", "pageRank", "community", "weight", "cameo" })
            Assert.Contains(keys, k => (string?)k.Attribute("attr.name") == name && k.Attribute("attr.type") != null);
        Assert.All(keys, k => Assert.Matches("^[ve]_[a-z]+$", (string)k.Attribute("id")!));
        Assert.Equal("double", (string?)keys.Single(k => (string?)k.Attribute("attr.name") == "pageRank").Attribute("attr.type"));
        var graph = doc.Root.Element(G + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var ids = graph.Elements(G + "edge").Select(e => (string)e.Attribute("id")!).ToList();
        Assert.Equal(17, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var nodeIds = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(graph.Elements(G + "edge"), e => Assert.Contains((string)e.Attribute("source")!, nodeIds));
    }

    [Fact]
    public void Undirected_view_declares_undirected_edges()
    {
        var doc = XDocument.Load(new MemoryStream(Write(ViewKind.Cooccurrence)));
        Assert.Equal("undirected", (string?)doc.Root!.Element(G + "graph")!.Attribute("edgedefault"));
    }

    [Fact]
    public void Names_with_markup_quotes_and_emoji_survive()
    {
        var doc = XDocument.Load(new MemoryStream(Write(ViewKind.Interactions)));
        var labels = doc.Descendants(G + "data").Where(d => (string?)d.Attribute("key") == "v_label").Select(d => d.Value).ToList();
        Assert.Contains("Ölfirma <Test> & \"Co\" 🚀", labels);
        var evidence = doc.Descendants(G + "data").Where(d => (string?)d.Attribute("key") == "e_evidence").Select(d => d.Value).ToList();
        Assert.Contains("Erika Muster sagte der Ölfirma Hilfe zu.", evidence);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(Write(ViewKind.All), Write(ViewKind.All));
        Assert.Equal(Write(ViewKind.Interactions, yed: true), Write(ViewKind.Interactions, yed: true));
    }

    [Fact]
    public void Yed_mode_adds_shape_nodes_with_labels()
    {
        var doc = XDocument.Load(new MemoryStream(Write(ViewKind.Interactions, yed: true)));
        XNamespace y = GraphMLExporter.YNs;
        Assert.Contains(doc.Root!.Elements(G + "key"), k => (string?)k.Attribute("yfiles.type") == "nodegraphics");
        var labels = doc.Descendants(y + "NodeLabel").Select(l => l.Value).ToList();
        Assert.Equal(7, labels.Count);
        Assert.Contains("Ölfirma <Test> & \"Co\" 🚀", labels);
    }
}
