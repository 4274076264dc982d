using System.Net;
using System.Net.Sockets;
using GraphBuilder.Cli.Tests.Convert;
using GraphBuilder.Cli.Tests.Infrastructure;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Comparison;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Cli.Tests.Push;

/// <summary><c>graphbuilder push</c> against an in-process Graph Store that records the requests (SPARQL 1.1 Graph Store HTTP Protocol).</summary>
public sealed class PushCommandTests
{
    private const string Turtle = """
        @prefix ex: <http://example.org/kg/> .
        @prefix schema: <https://schema.org/> .
        ex:merz a schema:Person ; schema:name "Friedrich Merz" .
        ex:macron a schema:Person ; schema:name "Emmanuel Macron"@fr .
        ex:event1 ex:actor ex:merz ; ex:evidence [ ex:text "Merz traf Macron." ] .
        """;

    private const string TriG = """
        @prefix ex: <http://example.org/kg/> .
        ex:a ex:p "default" .
        ex:g1 { ex:b ex:p "in g1" . ex:c ex:p "also in g1" . }
        ex:g2 { ex:d ex:p "in g2" . }
        """;

    private const string Graph = "http://example.org/graphs/kg";

    private static Task<CliResult> Push(params string[] args) =>
        Task.Run(() => CliProcess.Run(["push", .. args, "--timeout", "20"], timeoutSeconds: 90));

    private static List<Triple> Triples(string ntriples) => RdfLoader.ParseGraph(ntriples, RdfFormat.NTriples).Triples.ToList();

    private static List<Triple> Triples(string text, RdfFormat format) => RdfLoader.ParseGraph(text, format).Triples.ToList();

    [Fact]
    public async Task Turtle_file_is_posted_as_ntriples_to_the_graph()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.ttl", Turtle);
        await using var store = await RecordingGraphStore.StartAsync();

        var r = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph);

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal("", r.StdErr);
        Assert.Matches(@"^pushed 7 triples into 1 graph at http://127\.0\.0\.1:\d+/sparql-graph-crud \(1 request, added\) in \d+\.\d s\n$", r.StdOut);
        var req = Assert.Single(store.Requests);
        Assert.Equal("POST", req.Method);
        Assert.Equal(Graph, req.Graph);
        Assert.Equal("application/n-triples", req.ContentType);
        var why = GraphComparer.Explain(Triples(Turtle, RdfFormat.Turtle).Select(t => new Quad(t, null)).ToList(),
            Triples(req.Body).Select(t => new Quad(t, null)).ToList());
        Assert.True(why is null, why);
    }

    [Fact]
    public async Task Replace_puts_the_first_chunk_and_posts_the_rest()
    {
        using var tmp = new TempFolder();
        var lines = Enumerable.Range(1, 5).Select(i => $"<http://example.org/s{i}> <http://example.org/p> \"{i}\" .");
        var file = tmp.Write("kg.nt", string.Join("\n", lines) + "\n");
        await using var store = await RecordingGraphStore.StartAsync();

        var r = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph, "--replace", "--chunk-size", "2");

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("pushed 5 triples into 1 graph", r.StdOut);
        Assert.Contains("(3 requests, replaced)", r.StdOut);
        var reqs = store.Requests;
        Assert.Equal(["PUT", "POST", "POST"], reqs.Select(q => q.Method));
        Assert.All(reqs, q => Assert.Equal(Graph, q.Graph));
        Assert.Equal([2, 2, 1], reqs.Select(q => Triples(q.Body).Count));
        Assert.Equal(5, reqs.SelectMany(q => Triples(q.Body)).Distinct().Count());
    }

    [Fact]
    public async Task Chunks_do_not_split_a_blank_node_from_its_subject()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.ttl", Turtle);
        await using var store = await RecordingGraphStore.StartAsync();

        var r = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph, "--chunk-size", "2");

        Assert.True(r.ExitCode == 0, r.StdErr);
        // merz, macron, then event1 with its evidence node: the third request holds three triples rather than cut the [ ].
        Assert.Equal([2, 2, 3], store.Requests.Select(q => Triples(q.Body).Count));
        // Every blank node's triples arrive in one request.
        foreach (var req in store.Requests)
        {
            var t = Triples(req.Body);
            foreach (var b in t.SelectMany(x => new[] { x.Subject, x.Object }).OfType<IBlankNode>())
                Assert.Equal(2, t.Count(x => x.Subject.Equals(b) || x.Object.Equals(b)));
        }
        Assert.Equal(7, store.Requests.Sum(q => Triples(q.Body).Count));
    }

    [Fact]
    public async Task TriG_named_graphs_keep_their_iris_and_the_default_graph_goes_to_graph()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.trig", TriG);
        await using var store = await RecordingGraphStore.StartAsync();

        var r = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph, "--replace");

        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("pushed 4 triples into 3 graphs", r.StdOut);
        var byGraph = store.Requests.ToDictionary(q => q.Graph!, q => q);
        Assert.Equal([Graph, "http://example.org/kg/g1", "http://example.org/kg/g2"], byGraph.Keys.Order());
        Assert.All(byGraph.Values, q => Assert.Equal("PUT", q.Method));
        Assert.Equal(2, Triples(byGraph["http://example.org/kg/g1"].Body).Count);
        Assert.Contains("\"default\"", byGraph[Graph].Body);
    }

    [Fact]
    public async Task Default_graph_triples_without_graph_fail_before_any_request()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.trig", TriG);
        await using var store = await RecordingGraphStore.StartAsync();

        var r = await Push(file, "--endpoint", store.Endpoint);

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("graphbuilder: " + file + ": ", r.StdErr);
        Assert.Contains("--graph", r.StdErr);
        Assert.Empty(store.Requests);
    }

    [Fact]
    public async Task Bad_rdf_file_is_named_and_nothing_is_sent()
    {
        using var tmp = new TempFolder();
        var good = tmp.Write("good.nt", "<http://example.org/s> <http://example.org/p> \"o\" .\n");
        var bad = tmp.Write("bad.ttl", "@prefix ex: <http://example.org/> .\nex:s ex:p .\n");
        await using var store = await RecordingGraphStore.StartAsync();

        var r = await Push(good, bad, "--endpoint", store.Endpoint, "--graph", Graph);

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith(bad + ":2:", r.StdErr);
        Assert.Single(r.StdErr.TrimEnd('\n').Split('\n'));
        Assert.Empty(store.Requests);
    }

    [Fact]
    public async Task Server_error_is_one_line_naming_the_endpoint()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.ttl", Turtle);
        await using var store = await RecordingGraphStore.StartAsync();
        store.FailWith = 500;

        var r = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StdOut);
        var line = Assert.Single(r.StdErr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("graphbuilder: " + store.Endpoint + " answered 500 ", line);
        Assert.Contains("SR325: store is broken", line);
        Assert.DoesNotContain("<h1>", line);
    }

    [Fact]
    public async Task Digest_authentication_answers_the_challenge()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.ttl", Turtle);
        await using var store = await RecordingGraphStore.StartAsync();
        store.DigestUser = "dba";
        store.DigestPassword = "s3cret";

        var r = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph, "--user", "dba", "--password", "s3cret", "--chunk-size", "3");

        Assert.True(r.ExitCode == 0, r.StdErr);
        var reqs = store.Requests;
        Assert.Equal(401, reqs[0].Status);
        Assert.Null(reqs[0].Authorization);
        Assert.StartsWith("Digest ", reqs[1].Authorization);
        Assert.Equal(201, reqs[^1].Status);
        // Every chunk got stored once; the accepted ones carry the triples.
        Assert.Equal(7, reqs.Where(q => q.Status == 201).Sum(q => Triples(q.Body).Count));
    }

    [Fact]
    public async Task Wrong_password_and_missing_credentials_fail_with_401()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.ttl", Turtle);
        await using var store = await RecordingGraphStore.StartAsync();
        store.DigestUser = "dba";
        store.DigestPassword = "s3cret";

        var wrong = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph, "--user", "dba", "--password", "nope");
        var none = await Push(file, "--endpoint", store.Endpoint, "--graph", Graph);

        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("answered 401", wrong.StdErr);
        Assert.Contains("check the user name and password", wrong.StdErr);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("give --user and --password", none.StdErr);
        Assert.DoesNotContain(store.Requests, q => q.Status == 201);
    }

    [Fact]
    public async Task Unreachable_endpoint_is_one_line()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.ttl", Turtle);
        int port;
        using (var l = new TcpListener(IPAddress.Loopback, 0))
        {
            l.Start();
            port = ((IPEndPoint)l.LocalEndpoint).Port;
            l.Stop();
        }
        var endpoint = $"http://127.0.0.1:{port}/sparql-graph-crud";

        var r = await Push(file, "--endpoint", endpoint, "--graph", Graph);

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("graphbuilder: cannot reach " + endpoint, r.StdErr);
        Assert.Single(r.StdErr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task JsonLd_input_and_bad_options_are_rejected()
    {
        using var tmp = new TempFolder();
        var jsonld = tmp.Write("kg.jsonld", "{}");
        var ttl = tmp.Write("kg.ttl", Turtle);

        var r1 = await Push(jsonld, "--endpoint", "http://127.0.0.1:9/x", "--graph", Graph);
        var r2 = await Push(ttl, "--endpoint", "ftp://example.org/x", "--graph", Graph);
        var r3 = await Push(ttl, "--endpoint", "http://127.0.0.1:9/x", "--graph", Graph, "--user", "dba");

        Assert.Equal(1, r1.ExitCode);
        Assert.Contains(jsonld + ": JSON-LD is write-only", r1.StdErr);
        Assert.Equal(1, r2.ExitCode);
        Assert.Contains("absolute http(s) URL", r2.StdErr);
        Assert.Equal(1, r3.ExitCode);
        Assert.Contains("--user and --password together", r3.StdErr);
    }
}
