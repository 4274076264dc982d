using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GraphBuilder.Rdf.Store.Remote;

/// <summary>
/// A client of the SPARQL 1.1 Graph Store HTTP Protocol (indirect graph identification: <c>ENDPOINT?graph=IRI</c>),
/// e.g. Virtuoso's <c>http://HOST:8890/sparql-graph-crud</c> (or <c>/sparql-graph-crud-auth</c> with HTTP digest
/// authentication). Sends N-Triples bodies: <c>POST</c> adds triples to a graph, <c>PUT</c> replaces the graph.
/// Every request has a timeout; every failure is a <see cref="GraphStoreException"/> that names the endpoint.
/// </summary>
public sealed class GraphStoreClient : IDisposable
{
    /// <summary>The media type of the request bodies.</summary>
    public const string NTriplesMediaType = "application/n-triples";

    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private readonly HttpClient _http;
    private readonly bool _hasCredential;

    /// <summary>Creates a client of <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The Graph Store endpoint URL (http or https), without the <c>graph</c> parameter.</param>
    /// <param name="credential">User and password for HTTP digest (or basic) authentication when the server asks for it; null: none.</param>
    /// <param name="timeout">Longest wait for one request, connecting included (default 100 s).</param>
    /// <exception cref="ArgumentException">When <paramref name="endpoint"/> is not an absolute http(s) URL.</exception>
    public GraphStoreClient(string endpoint, NetworkCredential? credential = null, TimeSpan? timeout = null)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"the endpoint must be an absolute http(s) URL: '{endpoint}'");
        Endpoint = uri;
        Timeout = timeout ?? TimeSpan.FromSeconds(100);
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = Timeout < TimeSpan.FromSeconds(15) ? Timeout : TimeSpan.FromSeconds(15),
            AllowAutoRedirect = false,
        };
        if (credential != null)
        {
            // The handler answers the server's 401 challenge and resends the request; PreAuthenticate reuses the
            // accepted scheme for the following chunks, so large bodies are not sent twice each time.
            var cache = new CredentialCache
            {
                { new Uri(uri.GetLeftPart(UriPartial.Authority)), "Digest", credential },
                { new Uri(uri.GetLeftPart(UriPartial.Authority)), "Basic", credential },
            };
            handler.Credentials = cache;
            handler.PreAuthenticate = true;
            _hasCredential = true;
        }
        _http = new HttpClient(handler) { Timeout = Timeout };
    }

    /// <summary>The endpoint URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>Longest wait for one request.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The request URL for <paramref name="graphIri"/>: the endpoint with <c>graph=IRI</c> added to its query.</summary>
    public string GraphUrl(string graphIri)
    {
        var url = Endpoint.AbsoluteUri;
        return url + (string.IsNullOrEmpty(Endpoint.Query) ? "?" : "&") + "graph=" + Uri.EscapeDataString(graphIri);
    }

    /// <summary>Sends N-Triples text to a graph: <c>PUT</c> (replace the graph) or <c>POST</c> (add to it).</summary>
    /// <param name="graphIri">The graph's absolute IRI.</param>
    /// <param name="ntriples">The triples, as an N-Triples document.</param>
    /// <param name="replace">True for PUT, false for POST.</param>
    /// <exception cref="GraphStoreException">When the endpoint cannot be reached, does not answer in time, or answers with an error status.</exception>
    public void Send(string graphIri, string ntriples, bool replace) => Send(graphIri, Utf8.GetBytes(ntriples), replace);

    /// <summary>Sends a UTF-8 N-Triples body to a graph: <c>PUT</c> (replace the graph) or <c>POST</c> (add to it).</summary>
    /// <exception cref="GraphStoreException">When the endpoint cannot be reached, does not answer in time, or answers with an error status.</exception>
    public void Send(string graphIri, byte[] ntriplesUtf8, bool replace)
    {
        var method = replace ? HttpMethod.Put : HttpMethod.Post;
        using var request = new HttpRequestMessage(method, GraphUrl(graphIri)) { Content = new ByteArrayContent(ntriplesUtf8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(NTriplesMediaType);
        HttpResponseMessage response;
        try
        {
            response = _http.Send(request);
        }
        catch (TaskCanceledException)
        {
            throw new GraphStoreException($"{Endpoint}: no answer within {Timeout.TotalSeconds:0.#} s ({method} graph <{graphIri}>)");
        }
        catch (HttpRequestException e)
        {
            throw new GraphStoreException($"cannot reach {Endpoint}: {e.Message}", e);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode) return;
            string detail = ReadDetail(response);
            string hint = response.StatusCode != HttpStatusCode.Unauthorized ? ""
                : _hasCredential ? " (check the user name and password)"
                : " (give --user and --password; Virtuoso checks them on /sparql-graph-crud-auth)";
            throw new GraphStoreException(
                $"{Endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} graph <{graphIri}>{hint}{(detail.Length > 0 ? ": " + detail : "")}",
                statusCode: (int)response.StatusCode);
        }
    }

    /// <summary>The start of an error body on one line (markup removed), for the message.</summary>
    private static string ReadDetail(HttpResponseMessage response)
    {
        try
        {
            using var stream = response.Content.ReadAsStream();
            var buffer = new char[600];
            using var reader = new StreamReader(stream, Utf8);
            int n = reader.ReadBlock(buffer, 0, buffer.Length);
            var text = System.Text.RegularExpressions.Regex.Replace(new string(buffer, 0, n), "<[^>]*>", " ");
            text = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
            return text.Length > 200 ? text[..200] + "..." : text;
        }
        catch (Exception e) when (e is IOException or HttpRequestException or TaskCanceledException)
        {
            return "";
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}

/// <summary>A failed Graph Store request: unreachable endpoint, timeout, or an HTTP error status.</summary>
public sealed class GraphStoreException : RdfException
{
    /// <summary>Creates the exception.</summary>
    public GraphStoreException(string message, Exception? inner = null, int? statusCode = null) : base(message, inner) => StatusCode = statusCode;

    /// <summary>The HTTP status the endpoint answered, or null when there was no answer.</summary>
    public int? StatusCode { get; }
}
