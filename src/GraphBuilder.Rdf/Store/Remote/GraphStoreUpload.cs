using System.Text;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Store.Remote;

/// <summary>
/// An <see cref="IRdfHandler"/> that uploads parsed statements through a <see cref="GraphStoreClient"/> in chunks, so
/// memory stays bounded whatever the input size: each graph collects N-Triples until it holds
/// <see cref="ChunkSize"/> triples, then they are sent. Statements of a named graph go to that graph's IRI, those of
/// the default graph to <see cref="DefaultGraph"/>. With <c>replace</c>, the first request for each graph is a
/// <c>PUT</c> (the graph is replaced) and the rest are <c>POST</c>s; without it, every request is a <c>POST</c>.
/// One upload object can take several files in turn; call <see cref="Complete"/> at the end to send the rest.
/// </summary>
/// <remarks>
/// Each request is its own document for the server, so a blank node whose triples land in two requests becomes two
/// blank nodes there. To make that rare, a full chunk is cut only between two statements without blank nodes (so a
/// <c>[ ... ]</c> stays with the statement that refers to it, in whichever order the parser reports them); a chunk that
/// finds no such place is cut at twice the size, and when all graphs together hold four chunks' worth, all are sent.
/// </remarks>
public sealed class GraphStoreUpload : IRdfHandler
{
    private sealed class Pending
    {
        public readonly StringBuilder Text = new();
        public int Count;
        public bool LastHadBlank;
    }

    private readonly GraphStoreClient _client;
    private readonly bool _replace;
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);
    private readonly StringWriter _line = new() { NewLine = "\n" };
    private int _buffered;

    /// <summary>Creates the upload.</summary>
    /// <param name="client">Where the triples go.</param>
    /// <param name="defaultGraph">The graph IRI for statements of the default graph; null: such statements are an error.</param>
    /// <param name="replace">True: replace each graph's content (PUT first); false: add to it (POST).</param>
    /// <param name="chunkSize">Triples per request (at least 1).</param>
    public GraphStoreUpload(GraphStoreClient client, string? defaultGraph, bool replace, int chunkSize = 50_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _client = client;
        DefaultGraph = defaultGraph;
        _replace = replace;
        ChunkSize = chunkSize;
    }

    /// <summary>The graph IRI of default-graph statements.</summary>
    public string? DefaultGraph { get; }

    /// <summary>Triples per request.</summary>
    public int ChunkSize { get; }

    /// <summary>Triples sent so far.</summary>
    public long TriplesSent { get; private set; }

    /// <summary>Requests sent so far.</summary>
    public int Requests { get; private set; }

    /// <summary>The graphs that received triples so far.</summary>
    public IReadOnlyCollection<string> Graphs => _started;

    /// <inheritdoc />
    public void StartRdf() { }

    /// <inheritdoc />
    public void EndRdf(bool ok) { }

    /// <inheritdoc />
    public bool HandleNamespace(string prefix, string namespaceUri) => true;

    /// <inheritdoc />
    public bool HandleBaseUri(string baseUri) => true;

    /// <inheritdoc />
    /// <exception cref="RdfException">For a default-graph statement without <see cref="DefaultGraph"/>, or a blank node graph name.</exception>
    public bool HandleQuad(Quad quad)
    {
        string graph = GraphName(quad.Graph, DefaultGraph);
        if (!_pending.TryGetValue(graph, out var p)) _pending[graph] = p = new Pending();
        bool hasBlank = quad.Subject is IBlankNode || quad.Object is IBlankNode;
        if (p.Count >= 2 * ChunkSize || (p.Count >= ChunkSize && !hasBlank && !p.LastHadBlank))
            Flush(graph, p);
        _line.GetStringBuilder().Clear();
        NTriplesTermWriter.WriteTerm(_line, quad.Subject);
        _line.Write(' ');
        NTriplesTermWriter.WriteTerm(_line, quad.Predicate);
        _line.Write(' ');
        NTriplesTermWriter.WriteTerm(_line, quad.Object);
        _line.Write(" .\n");
        p.Text.Append(_line.GetStringBuilder());
        p.Count++;
        p.LastHadBlank = hasBlank;
        // Many small graphs must not add up to an unbounded buffer either.
        if (++_buffered >= 4 * ChunkSize) Complete();
        return true;
    }

    /// <summary>Sends every triple still buffered.</summary>
    /// <exception cref="GraphStoreException">When a request fails.</exception>
    public void Complete()
    {
        foreach (var (graph, p) in _pending)
            if (p.Count > 0) Flush(graph, p);
    }

    /// <summary>The graph IRI a statement goes to: its named graph, else <paramref name="defaultGraph"/>.</summary>
    /// <exception cref="RdfException">For a default-graph statement without <paramref name="defaultGraph"/>, or a blank node graph name.</exception>
    public static string GraphName(INode? graph, string? defaultGraph) => graph switch
    {
        null => defaultGraph ?? throw new RdfException("there are triples in the default graph; give the graph IRI to put them in (--graph)"),
        IUriNode u => u.Uri,
        _ => throw new RdfException($"graph name {graph} is not an IRI; the Graph Store Protocol needs IRIs"),
    };

    private void Flush(string graph, Pending p)
    {
        bool put = _replace && _started.Add(graph);
        _started.Add(graph);
        _client.Send(graph, p.Text.ToString(), put);
        TriplesSent += p.Count;
        Requests++;
        _buffered -= p.Count;
        p.Text.Clear();
        p.Count = 0;
    }
}
