using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GraphBuilder.Cli.Tests.Convert;
using GraphBuilder.Cli.Tests.Infrastructure;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Sparql.Results;

namespace GraphBuilder.Cli.Tests.Push;

/// <summary>
/// <c>graphbuilder push</c> into a real Virtuoso on 127.0.0.1:8890 (.ci/run installs and starts one as root),
/// read back with SPARQL COUNT queries. Skips when nothing listens there, or when Virtuoso refuses the update on both
/// <c>/sparql-graph-crud</c> (needs <c>grant SPARQL_UPDATE to "SPARQL"</c>) and <c>/sparql-graph-crud-auth</c> as dba/dba.
/// </summary>
public sealed class VirtuosoPushTests
{
    private const string Host = "127.0.0.1";
    private const int Port = 8890;
    private static readonly string Base = $"http://{Host}:{Port}";

    private static bool Listening()
    {
        using var client = new TcpClient();
        try
        {
            return client.ConnectAsync(Host, Port).Wait(TimeSpan.FromSeconds(2)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
    }

    private static Task<CliResult> Push(IEnumerable<string> args) =>
        Task.Run(() => CliProcess.Run(["push", .. args, "--timeout", "30"], timeoutSeconds: 90));

    private static async Task<long> Count(HttpClient http, string graph)
    {
        var query = $"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}";
        using var req = new HttpRequestMessage(HttpMethod.Get, Base + "/sparql?query=" + Uri.EscapeDataString(query));
        req.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var resp = await http.SendAsync(req);
        var body = await resp.Content.ReadAsStringAsync();
        Assert.True(resp.IsSuccessStatusCode, $"{(int)resp.StatusCode}: {body}");
        var rs = new SparqlJsonResultsParser().Parse(new StringReader(body));
        return long.Parse(((ILiteralNode)Assert.Single(rs.Results)["n"]!).Value, CultureInfo.InvariantCulture);
    }

    [SkippableFact]
    public async Task Push_into_Virtuoso_and_count_back()
    {
        Skip.IfNot(Listening(), $"no Virtuoso: nothing listens on {Host}:{Port} (.ci/run starts one when it runs as root)");

        string id = Guid.NewGuid().ToString("N")[..12];
        string graph = $"http://example.org/graphbuilder-test/{id}/default";
        string named = $"http://example.org/graphbuilder-test/{id}/named";
        using var tmp = new TempFolder();
        var file = tmp.Write("kg.trig", $$"""
            @prefix ex: <http://example.org/kg/> .
            @prefix schema: <https://schema.org/> .
            ex:merz a schema:Person ; schema:name "Friedrich Merz" .
            ex:macron a schema:Person ; schema:name "Emmanuel Macron"@fr .
            ex:event1 ex:actor ex:merz ; ex:target ex:macron ; ex:evidence [ ex:text "Merz traf Macron, sagte er." ] .
            <{{named}}> { ex:doc1 ex:says "in named" . ex:doc2 ex:says "Ä ö ü ß" . }
            """);

        // The open endpoint when SPARQL_UPDATE was granted, else the digest one as dba.
        string[] auth = [];
        var args = new List<string> { file, "--endpoint", Base + "/sparql-graph-crud", "--graph", graph, "--replace", "--chunk-size", "3" };
        var r = await Push(args);
        if (r.ExitCode != 0 && (r.StdErr.Contains("answered 401") || r.StdErr.Contains("answered 403")))
        {
            auth = ["--user", "dba", "--password", "dba"];
            args[2] = Base + "/sparql-graph-crud-auth";
            r = await Push([.. args, .. auth]);
            Skip.If(r.ExitCode != 0 && (r.StdErr.Contains("answered 401") || r.StdErr.Contains("answered 403")),
                "Virtuoso refuses the update: run isql-vt 1111 dba dba exec='grant SPARQL_UPDATE to \"SPARQL\";' (" + r.StdErr.Trim() + ")");
        }
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("pushed 10 triples into 2 graphs", r.StdOut);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            Assert.Equal(8, await Count(http, graph));
            Assert.Equal(2, await Count(http, named));

            // --replace again: the graphs hold the same triples, not twice as many.
            r = await Push([.. args, .. auth]);
            Assert.True(r.ExitCode == 0, r.StdErr);
            Assert.Equal(8, await Count(http, graph));
            Assert.Equal(2, await Count(http, named));

            // Without --replace the triples are added (the blank node is new each time, so one more evidence node).
            var append = args.Where(a => a != "--replace").Concat(auth).ToList();
            r = await Push(append);
            Assert.True(r.ExitCode == 0, r.StdErr);
            Assert.Equal(10, await Count(http, graph));
            Assert.Equal(2, await Count(http, named));
        }
        finally
        {
            // Best effort: leave no test graphs behind.
            using var handler = new HttpClientHandler { Credentials = new NetworkCredential("dba", "dba") };
            using var cleanup = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
            foreach (var g in new[] { graph, named })
            {
                try { using var _ = await cleanup.DeleteAsync(args[2] + "?graph=" + Uri.EscapeDataString(g)); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            }
        }
    }
}
