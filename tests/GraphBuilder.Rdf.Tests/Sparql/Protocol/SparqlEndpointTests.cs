using GraphBuilder.Rdf.Sparql.Protocol;
using GraphBuilder.Rdf.Sparql.Results;

namespace GraphBuilder.Rdf.Tests.Sparql.Protocol;

/// <summary>The endpoint logic with stand-in executors (the HTTP server and the real engine are tested in the CLI tests).</summary>
public class SparqlEndpointTests
{
    private static SparqlProtocolRequest Get(string query, string? accept = null) =>
        new("GET", "query=" + Uri.EscapeDataString(query), null, "", accept);

    private static SparqlResultSet Numbers(int n) => SparqlResultSet.FromBindings(["i"],
        Enumerable.Range(0, n).Select(i => new SparqlResult([new("i", new LiteralNode(i.ToString(), Vocab.XsdInteger))])));

    private static string Body(SparqlProtocolResponse r)
    {
        var sw = new StringWriter();
        r.WriteBody(sw);
        return sw.ToString();
    }

    [Fact]
    public async Task Answers_with_the_negotiated_format()
    {
        string? seen = null;
        var ep = new SparqlEndpoint((op, ct) => { seen = op.Query; return Numbers(2); });
        var r = await ep.HandleAsync(Get("SELECT ?i {}", "text/tab-separated-values"));
        Assert.Equal(200, r.StatusCode);
        Assert.Equal("SELECT ?i {}", seen);
        Assert.StartsWith("text/tab-separated-values", r.ContentType);
        Assert.Equal("?i\n0\n1\n", Body(r));
    }

    [Fact]
    public async Task Cuts_results_at_the_cap_and_says_so()
    {
        var ep = new SparqlEndpoint((op, ct) => Numbers(10), options: new SparqlEndpointOptions { MaxResults = 3 });
        var r = await ep.HandleAsync(Get("q", "text/csv"));
        Assert.Equal("3", r.Headers[SparqlEndpointOptions.TruncationHeader]);
        Assert.Equal("i\r\n0\r\n1\r\n2\r\n", Body(r));
        var exact = new SparqlEndpoint((op, ct) => Numbers(3), options: new SparqlEndpointOptions { MaxResults = 3 });
        Assert.False((await exact.HandleAsync(Get("q"))).Headers.ContainsKey(SparqlEndpointOptions.TruncationHeader));
    }

    [Fact]
    public async Task A_query_that_observes_the_token_times_out_with_503()
    {
        var ep = new SparqlEndpoint((op, ct) =>
        {
            static IEnumerable<SparqlResult> Slow(CancellationToken ct)
            {
                while (true) { ct.ThrowIfCancellationRequested(); Thread.Sleep(10); yield return new SparqlResult([]); }
            }
            return SparqlResultSet.FromBindings([], Slow(ct));
        }, options: new SparqlEndpointOptions { Timeout = TimeSpan.FromMilliseconds(300), MaxResults = int.MaxValue });
        var r = await ep.HandleAsync(Get("q"));
        Assert.Equal(503, r.StatusCode);
        Assert.Contains("timed out", Body(r));
    }

    [Fact]
    public async Task A_query_that_ignores_the_token_still_gets_503()
    {
        var ep = new SparqlEndpoint((op, ct) => { Thread.Sleep(3000); return Numbers(1); },
            options: new SparqlEndpointOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        var r = await ep.HandleAsync(Get("q"));
        Assert.Equal(503, r.StatusCode);
    }

    [Fact]
    public async Task Query_errors_are_400_and_bugs_500()
    {
        var bad = new SparqlEndpoint((op, ct) => throw new RdfException("line 1, column 8: expected WHERE"));
        var r = await bad.HandleAsync(Get("SELECT ?x"));
        Assert.Equal(400, r.StatusCode);
        Assert.Contains("expected WHERE", Body(r));
        var bug = new SparqlEndpoint((op, ct) => throw new NullReferenceException());
        Assert.Equal(500, (await bug.HandleAsync(Get("q"))).StatusCode);
    }

    [Fact]
    public async Task Updates_never_reach_the_executor()
    {
        var ep = new SparqlEndpoint((op, ct) => throw new Xunit.Sdk.XunitException("executor called"));
        var r = await ep.HandleAsync(new SparqlProtocolRequest("POST", "", "application/sparql-update", "CLEAR ALL", null));
        Assert.Equal(403, r.StatusCode);
        Assert.Contains("read-only", Body(r));
    }

    [Fact]
    public async Task Ask_and_construct_answers()
    {
        var ask = await new SparqlEndpoint((op, ct) => SparqlResultSet.FromBoolean(true)).HandleAsync(Get("ASK {}"));
        Assert.Equal("{\"head\":{},\"boolean\":true}\n", Body(ask));
        var g = new Graph();
        g.Assert(new UriNode("http://x/b"), new UriNode("http://x/p"), new LiteralNode("v"));
        g.Assert(new UriNode("http://x/a"), new UriNode("http://x/p"), new LiteralNode("v"));
        var c = await new SparqlEndpoint((op, ct) => SparqlResultSet.FromGraph(g)).HandleAsync(Get("CONSTRUCT ...", "application/n-triples"));
        Assert.StartsWith("application/n-triples", c.ContentType);
        Assert.Equal("<http://x/a> <http://x/p> \"v\" .\n<http://x/b> <http://x/p> \"v\" .\n", Body(c));
    }

    [Fact]
    public void Page_describes_the_endpoint()
    {
        var html = SparqlEndpointPage.Html("/sparql", 1234, ["kg<1>.ttl"], new SparqlEndpointOptions());
        Assert.Contains("1,234 triples", html);
        Assert.Contains("kg&lt;1&gt;.ttl", html);
        Assert.Contains("action=\"/sparql\"", html);
    }
}
