using System.Globalization;
using GraphBuilder.Rdf.Sparql.Results;

namespace GraphBuilder.Rdf.Sparql.Protocol;

/// <summary>Runs one query operation; throws <see cref="SparqlProtocolException"/> or <see cref="RdfException"/> for a bad query. Must observe the token.</summary>
public delegate SparqlResultSet SparqlQueryExecutor(SparqlQueryOperation operation, CancellationToken cancellationToken);

/// <summary>Writes a CONSTRUCT/DESCRIBE graph in a negotiated graph syntax.</summary>
public delegate void SparqlGraphWriter(NegotiatedFormat format, IGraph graph, TextWriter output);

/// <summary>Limits of a <see cref="SparqlEndpoint"/>.</summary>
public sealed class SparqlEndpointOptions
{
    /// <summary>Longest a query may run before the endpoint answers 503.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most solutions (or triples) returned; longer results are cut and flagged with <see cref="TruncationHeader"/>.</summary>
    public int MaxResults { get; init; } = 100_000;

    /// <summary>The response header that reports a truncated result (as Virtuoso does), with the cap as its value.</summary>
    public const string TruncationHeader = "X-SPARQL-MaxRows";
}

/// <summary>An answer of the endpoint, independent of any web framework.</summary>
public sealed class SparqlProtocolResponse
{
    /// <summary>The HTTP status code.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The Content-Type header (with charset).</summary>
    public required string ContentType { get; init; }

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Writes the body.</summary>
    public required Action<TextWriter> WriteBody { get; init; }

    /// <summary>A plain-text error answer.</summary>
    public static SparqlProtocolResponse Error(int status, string message) => new()
    {
        StatusCode = status,
        ContentType = "text/plain; charset=utf-8",
        WriteBody = w => w.Write(message + "\n"),
    };
}

/// <summary>
/// The SPARQL 1.1 Protocol query operation over a <see cref="SparqlQueryExecutor"/>: request parsing, content
/// negotiation, a per-query timeout (503) and a result-size cap. The result is collected (up to the cap) before the
/// status line is sent, so that a timeout or an evaluation error still gets a proper status instead of a cut body.
/// </summary>
public sealed class SparqlEndpoint
{
    private readonly SparqlQueryExecutor _execute;
    private readonly SparqlGraphWriter _writeGraph;

    /// <summary>Creates the endpoint.</summary>
    /// <param name="execute">Runs queries.</param>
    /// <param name="writeGraph">Writes graph answers; null writes N-Triples for every graph format.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    public SparqlEndpoint(SparqlQueryExecutor execute, SparqlGraphWriter? writeGraph = null, SparqlEndpointOptions? options = null)
    {
        _execute = execute;
        _writeGraph = writeGraph ?? WriteNTriples;
        Options = options ?? new SparqlEndpointOptions();
    }

    /// <summary>The limits.</summary>
    public SparqlEndpointOptions Options { get; }

    /// <summary>Answers one request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="aborted">Cancelled when the client goes away.</param>
    public async Task<SparqlProtocolResponse> HandleAsync(SparqlProtocolRequest request, CancellationToken aborted = default)
    {
        SparqlQueryOperation op;
        try
        {
            op = SparqlRequestParser.Parse(request);
        }
        catch (SparqlProtocolException e)
        {
            return SparqlProtocolResponse.Error(e.StatusCode, e.Message);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        cts.CancelAfter(Options.Timeout);
        var work = Task.Run(() => Collect(_execute(op, cts.Token), cts.Token), cts.Token);
        // The engine should observe the token; this wait makes sure the client gets its 503 on time even if it does not.
        var finished = await Task.WhenAny(work, Task.Delay(Options.Timeout + TimeSpan.FromMilliseconds(200), aborted)).ConfigureAwait(false);
        if (finished != work)
        {
            cts.Cancel();
            _ = work.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            return TimedOut();
        }
        Collected collected;
        try
        {
            collected = await work.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return TimedOut();
        }
        catch (OperationCanceledException)
        {
            return SparqlProtocolResponse.Error(499, "client closed the request");
        }
        catch (SparqlProtocolException e)
        {
            return SparqlProtocolResponse.Error(e.StatusCode, e.Message);
        }
        catch (RdfException e)
        {
            return SparqlProtocolResponse.Error(400, "query error: " + e.Message);
        }
        catch (Exception e) when (e is NotSupportedException or NotImplementedException or ArgumentException or FormatException)
        {
            return SparqlProtocolResponse.Error(400, "query error: " + e.Message);
        }
        catch (Exception e)
        {
            return SparqlProtocolResponse.Error(500, "internal error: " + e.GetType().Name + ": " + e.Message);
        }

        NegotiatedFormat format;
        try
        {
            format = SparqlContentNegotiator.Choose(request.Accept, op.Format, collected.Results.ResultsType == SparqlResultsType.Graph);
        }
        catch (SparqlProtocolException e)
        {
            return SparqlProtocolResponse.Error(e.StatusCode, e.Message);
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (collected.Truncated) headers[SparqlEndpointOptions.TruncationHeader] = Options.MaxResults.ToString(CultureInfo.InvariantCulture);
        var results = collected.Results;
        Action<TextWriter> body = results.ResultsType == SparqlResultsType.Graph
            ? w => _writeGraph(format, results.Graph!, w)
            : w => SparqlResultsWriters.Create(format.Name).Save(results, w);
        return new SparqlProtocolResponse
        {
            StatusCode = 200,
            ContentType = format.ContentType + "; charset=utf-8",
            Headers = headers,
            WriteBody = body,
        };
    }

    private SparqlProtocolResponse TimedOut() =>
        SparqlProtocolResponse.Error(503, $"query timed out after {Options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");

    private sealed record Collected(SparqlResultSet Results, bool Truncated);

    /// <summary>Runs the lazy result up to the cap, checking the token between solutions.</summary>
    private Collected Collect(SparqlResultSet r, CancellationToken ct)
    {
        int max = Options.MaxResults;
        switch (r.ResultsType)
        {
            case SparqlResultsType.Boolean:
                return new(r, false);
            case SparqlResultsType.Graph:
            {
                var g = r.Graph!;
                if (g.Count <= max) return new(r, false);
                var cut = new Graph();
                foreach (var p in g.NamespaceMap.Prefixes) cut.NamespaceMap.AddNamespace(p, g.NamespaceMap.GetNamespaceUri(p));
                foreach (var t in g.Triples.Take(max)) cut.Assert(t);
                return new(SparqlResultSet.FromGraph(cut), true);
            }
            default:
            {
                var rows = new List<SparqlResult>();
                bool truncated = false;
                foreach (var row in r.Results)
                {
                    ct.ThrowIfCancellationRequested();
                    if (rows.Count == max) { truncated = true; break; }
                    rows.Add(row);
                }
                return new(SparqlResultSet.FromBindings(r.Variables, rows), truncated);
            }
        }
    }

    /// <summary>Sorted N-Triples: valid Turtle too, so a fallback for every graph format.</summary>
    private static void WriteNTriples(NegotiatedFormat format, IGraph graph, TextWriter output)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in graph.Triples.OrderBy(t => t))
        {
            sb.Clear();
            SparqlTermSyntax.AppendNTriples(sb, t.Subject); sb.Append(' ');
            SparqlTermSyntax.AppendNTriples(sb, t.Predicate); sb.Append(' ');
            SparqlTermSyntax.AppendNTriples(sb, t.Object); sb.Append(" .\n");
            output.Write(sb.ToString());
        }
    }
}
