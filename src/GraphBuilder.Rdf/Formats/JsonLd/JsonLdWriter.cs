using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes compacted JSON-LD: an <c>@context</c> declaring the prefixes used (and always xsd), an <c>@graph</c>
/// array of node objects sorted by <c>@id</c>, rdf:type as <c>@type</c>, IRIs as <c>{"@id": "prefix:local"}</c>,
/// literals as <c>{"@value", "@language"}</c> or <c>{"@value", "@type"}</c> (lexical forms kept as strings), and
/// each named graph as a node object with a nested <c>@graph</c>. Blank nodes are labelled _:b0, _:b1, ... in
/// canonical order, so the output is deterministic.
/// </summary>
public sealed class JsonLdWriter : IStoreWriter, IRdfWriter
{
    /// <inheritdoc />
    public void Save(ITripleStore store, TextWriter output)
    {
        var maps = new List<INamespaceMapper> { store.NamespaceMap, store.DefaultGraph.NamespaceMap };
        foreach (var name in store.GraphNames) maps.Add(store.GetGraph(name).NamespaceMap);
        Write(WriterDataset.FromStore(store), maps, output);
    }

    /// <summary>Writes one graph; a named graph becomes a node object with a nested <c>@graph</c>.</summary>
    public void Save(IGraph graph, TextWriter output) => Write(WriterDataset.FromGraph(graph), [graph.NamespaceMap], output);

    private static void Write(WriterDataset data, IEnumerable<INamespaceMapper> maps, TextWriter output)
    {
        var schemes = Schemes(data);
        // A term can act as a prefix only when its IRI ends in a gen-delim (JSON-LD 1.1), and must not shadow a
        // scheme that a full IRI in the data uses, or that IRI would be read as a compact one.
        var prefixes = new WriterPrefixTable(maps, (p, ns) =>
            p.Length > 0 && TurtleNameWriter.IsValidPrefix(p) && !schemes.Contains(p) && ":/?#[]@".Contains(ns[^1]));
        prefixes.MarkUsed("xsd");
        var ctx = new Context(prefixes, data.Order);

        // Node objects of the default graph, then graph objects merged into them or added.
        var top = new SortedDictionary<string, NodeObject>(StringComparer.Ordinal);
        foreach (var g in data.Graphs)
        {
            if (g.Name is null)
            {
                foreach (var n in ctx.NodeObjects(g.Triples)) top[n.Id] = n;
            }
        }
        foreach (var g in data.Graphs)
        {
            if (g.Name is null) continue;
            string id = ctx.Id(g.Name);
            if (!top.TryGetValue(id, out var holder)) top[id] = holder = new NodeObject(id);
            holder.Graph = ctx.NodeObjects(g.Triples);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            foreach (var (p, ns) in prefixes.Used) json.WriteString(p, ns);
            json.WriteEndObject();
            json.WriteStartArray("@graph");
            foreach (var n in top.Values) n.Write(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
        output.Flush();
    }

    private static HashSet<string> Schemes(WriterDataset data)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        void Add(INode? n)
        {
            string? iri = n switch { IUriNode u => u.Uri, ILiteralNode l => l.DataType, _ => null };
            if (iri == null) return;
            int len = IriResolver.SchemeLength(iri);
            if (len > 0) set.Add(iri[..len]);
        }
        foreach (var g in data.Graphs)
        {
            Add(g.Name);
            foreach (var t in g.Triples) { Add(t.Subject); Add(t.Predicate); Add(t.Object); }
        }
        return set;
    }

    /// <summary>Compaction of terms against the prefix table.</summary>
    private sealed class Context(WriterPrefixTable prefixes, WriterTermOrder order)
    {
        public string Iri(string iri) =>
            prefixes.TryCompact(iri, l => l.Length > 0 && !l.StartsWith("//") && TurtleNameWriter.IsValidLocal(l), out var p, out var local)
                ? string.Concat(p, ":", local)
                : iri;

        public string Id(INode n) => n switch
        {
            IUriNode u => Iri(u.Uri),
            IBlankNode => "_:b" + order.Rank(n).ToString(CultureInfo.InvariantCulture),
            _ => throw new RdfException("a literal cannot name a node or graph in JSON-LD"),
        };

        /// <summary>Node objects for sorted triples, sorted by @id.</summary>
        public List<NodeObject> NodeObjects(Triple[] triples)
        {
            var result = new SortedDictionary<string, NodeObject>(StringComparer.Ordinal);
            foreach (var t in triples)
            {
                string id = Id(t.Subject);
                if (!result.TryGetValue(id, out var node)) result[id] = node = new NodeObject(id);
                if (t.Predicate is IUriNode p && p.Uri == Vocab.RdfType && t.Object is IUriNode type)
                {
                    node.Types.Add(Iri(type.Uri));
                    continue;
                }
                string key = t.Predicate is IUriNode pu ? Iri(pu.Uri) : throw new RdfException("JSON-LD predicates must be IRIs");
                if (!node.Properties.TryGetValue(key, out var values)) node.Properties[key] = values = new List<JsonValue>();
                values.Add(Value(t.Object));
            }
            return result.Values.ToList();
        }

        private JsonValue Value(INode o) => o switch
        {
            ILiteralNode l when l.Language.Length > 0 => new JsonValue(null, l.Value, null, l.Language),
            ILiteralNode l when l.DataType == Vocab.XsdString => new JsonValue(null, l.Value, null, null),
            ILiteralNode l => new JsonValue(null, l.Value, Iri(l.DataType), null),
            _ => new JsonValue(Id(o), null, null, null),
        };
    }

    /// <summary>A node reference or value object.</summary>
    private sealed record JsonValue(string? Id, string? Value, string? Type, string? Language)
    {
        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            if (Id != null) json.WriteString("@id", Id);
            else
            {
                json.WriteString("@value", Value);
                if (Language != null) json.WriteString("@language", Language);
                if (Type != null) json.WriteString("@type", Type);
            }
            json.WriteEndObject();
        }
    }

    /// <summary>A node object: @id, @type, properties in key order, and a nested @graph when the node names a graph.</summary>
    private sealed class NodeObject(string id)
    {
        public string Id { get; } = id;
        public List<string> Types { get; } = new();
        public SortedDictionary<string, List<JsonValue>> Properties { get; } = new(StringComparer.Ordinal);
        public List<NodeObject>? Graph { get; set; }

        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("@id", Id);
            if (Types.Count > 0)
            {
                json.WriteStartArray("@type");
                foreach (var t in Types) json.WriteStringValue(t);
                json.WriteEndArray();
            }
            foreach (var (key, values) in Properties)
            {
                json.WriteStartArray(key);
                foreach (var v in values) v.Write(json);
                json.WriteEndArray();
            }
            if (Graph != null)
            {
                json.WriteStartArray("@graph");
                foreach (var n in Graph) n.Write(json);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
    }
}
