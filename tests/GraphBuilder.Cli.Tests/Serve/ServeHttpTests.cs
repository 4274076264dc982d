using System.Net;
using System.Net.Http.Headers;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Sparql.Results;

namespace GraphBuilder.Cli.Tests.Serve;

/// <summary><c>graphbuilder serve</c> over real HTTP on 127.0.0.1: the SPARQL 1.1 Protocol as clients use it.</summary>
public sealed class ServeHttpTests : IClassFixture<ServeFixture>, IDisposable
{
    private const string Names = "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name LIMIT 3";
    private static readonly string[] FirstThree = ["Donald Tusk", "Emmanuel Macron", "Friedrich Merz"];

    private readonly ServeFixture _fx;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public ServeHttpTests(ServeFixture fx) => _fx = fx;

    public void Dispose() => _http.Dispose();

    private string Url(string query, string? extra = null) => _fx.Server.Endpoint + "?query=" + Uri.EscapeDataString(query) + (extra is null ? "" : "&" + extra);

    private async Task<HttpResponseMessage> GetAsync(string url, string? accept = null)
    {
        var req = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept != null) req.Headers.Accept.ParseAdd(accept);
        return await _http.SendAsync(req);
    }

    private async Task<string> OkBody(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode}: {body}\n{_fx.Server.StdErr}");
        return body;
    }

    private static List<string> Column(SparqlResultSet r, string v) => r.Results.Select(row => ((ILiteralNode)row[v]!).Value).ToList();

    [Fact]
    public async Task Get_returns_json_by_default()
    {
        var r = await GetAsync(Url(Names));
        var body = await OkBody(r);
        Assert.Equal("application/sparql-results+json", r.Content.Headers.ContentType!.MediaType);
        var rs = new SparqlJsonResultsParser().Parse(new StringReader(body));
        Assert.Equal(FirstThree, Column(rs, "name"));
    }

    [Theory]
    [InlineData("application/sparql-results+xml", "application/sparql-results+xml")]
    [InlineData("text/tab-separated-values", "text/tab-separated-values")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("application/json", "application/sparql-results+json")]
    public async Task Accept_header_picks_the_format(string accept, string expectedType)
    {
        var r = await GetAsync(Url(Names), accept);
        var body = await OkBody(r);
        Assert.Equal(expectedType, r.Content.Headers.ContentType!.MediaType);
        switch (expectedType)
        {
            case "application/sparql-results+xml":
                Assert.Equal(FirstThree, Column(new SparqlXmlResultsParser().Parse(new StringReader(body)), "name"));
                break;
            case "text/tab-separated-values":
                Assert.Equal(FirstThree, Column(new SparqlTsvResultsParser().Parse(new StringReader(body)), "name"));
                break;
            case "text/csv":
                Assert.Equal("name\r\nDonald Tusk\r\nEmmanuel Macron\r\nFriedrich Merz\r\n", body);
                break;
            default:
                Assert.Equal(FirstThree, Column(new SparqlJsonResultsParser().Parse(new StringReader(body)), "name"));
                break;
        }
    }

    [Fact]
    public async Task Post_form_and_direct_query_body()
    {
        var form = await _http.PostAsync(_fx.Server.Endpoint, new FormUrlEncodedContent([new("query", Names)]));
        Assert.Equal(FirstThree, Column(new SparqlJsonResultsParser().Parse(new StringReader(await OkBody(form))), "name"));

        var direct = new StringContent(Names);
        direct.Headers.ContentType = new MediaTypeHeaderValue("application/sparql-query");
        var req = new HttpRequestMessage(HttpMethod.Post, _fx.Server.Endpoint) { Content = direct };
        req.Headers.Accept.ParseAdd("application/sparql-results+xml");
        var r = await _http.SendAsync(req);
        Assert.Equal(FirstThree, Column(new SparqlXmlResultsParser().Parse(new StringReader(await OkBody(r))), "name"));
    }

    [Fact]
    public async Task Ask_is_a_boolean()
    {
        var body = await OkBody(await GetAsync(Url("ASK { <http://example.org/kg/merz> ?p \"Friedrich Merz\" }")));
        var rs = new SparqlJsonResultsParser().Parse(new StringReader(body));
        Assert.Equal(SparqlResultsType.Boolean, rs.ResultsType);
        Assert.True(rs.Result);
    }

    [Theory]
    [InlineData(null, "text/turtle", RdfFormat.Turtle)]
    [InlineData("application/n-triples", "application/n-triples", RdfFormat.NTriples)]
    public async Task Construct_is_turtle_or_ntriples(string? accept, string expectedType, RdfFormat format)
    {
        const string q = "PREFIX gb: <https://w3id.org/graphbuilder/ns#> CONSTRUCT { ?a gb:met ?b } WHERE { ?e gb:actor ?a ; gb:target ?b }";
        var r = await GetAsync(Url(q), accept);
        var body = await OkBody(r);
        Assert.Equal(expectedType, r.Content.Headers.ContentType!.MediaType);
        var g = RdfLoader.ParseGraph(body, format);
        var t = Assert.Single(g.Triples);
        Assert.Equal(new UriNode("http://example.org/kg/merz"), t.Subject);
        Assert.Equal(new UriNode("http://example.org/kg/macron"), t.Object);
    }

    [Fact]
    public async Task Updates_are_refused_with_403()
    {
        var form = await _http.PostAsync(_fx.Server.Endpoint, new FormUrlEncodedContent([new("update", "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")]));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Contains("read-only", await form.Content.ReadAsStringAsync());

        var direct = new StringContent("CLEAR ALL");
        direct.Headers.ContentType = new MediaTypeHeaderValue("application/sparql-update");
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.PostAsync(_fx.Server.Endpoint, direct)).StatusCode);

        // The data is unchanged.
        var body = await OkBody(await GetAsync(Url("ASK { <http://x/a> ?p ?o }")));
        Assert.False(new SparqlJsonResultsParser().Parse(new StringReader(body)).Result);
    }

    [Fact]
    public async Task Syntax_errors_are_400_with_a_message()
    {
        var r = await GetAsync(Url("SELECT ?x WHERE { ?x "));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await r.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(_fx.Server.Endpoint)).StatusCode);
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        Assert.Equal(HttpStatusCode.NotAcceptable, (await GetAsync(Url(Names), "image/png")).StatusCode);
    }

    [Fact]
    public async Task Cors_preflight_and_headers()
    {
        var pre = new HttpRequestMessage(HttpMethod.Options, _fx.Server.Endpoint);
        pre.Headers.Add("Origin", "http://yasgui.example");
        pre.Headers.Add("Access-Control-Request-Method", "POST");
        pre.Headers.Add("Access-Control-Request-Headers", "content-type");
        var r = await _http.SendAsync(pre);
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        Assert.Equal("*", r.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", r.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("content-type", r.Headers.GetValues("Access-Control-Allow-Headers").Single());

        var get = new HttpRequestMessage(HttpMethod.Get, Url(Names));
        get.Headers.Add("Origin", "http://yasgui.example");
        var g = await _http.SendAsync(get);
        Assert.Equal("*", g.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Results_beyond_the_cap_are_cut_and_flagged()
    {
        var r = await GetAsync(Url("SELECT * WHERE { ?s ?p ?o }"), "text/tab-separated-values");
        var body = await OkBody(r);
        Assert.Equal(ServeFixture.MaxResults.ToString(), r.Headers.GetValues("X-SPARQL-MaxRows").Single());
        Assert.Equal(ServeFixture.MaxResults, new SparqlTsvResultsParser().Parse(new StringReader(body)).Results.Count());

        var small = await GetAsync(Url(Names));
        Assert.False(small.Headers.Contains("X-SPARQL-MaxRows"));
    }

    [Fact]
    public async Task Root_page_describes_the_endpoint()
    {
        var r = await GetAsync(_fx.Server.Root + "/");
        var body = await OkBody(r);
        Assert.Equal("text/html", r.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/sparql", body);
        Assert.Contains("kg.ttl", body);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(_fx.Server.Root + "/nothing-here")).StatusCode);
    }
}
