using System.Net;

namespace GraphBuilder.Cli.Tests.Serve;

/// <summary>Command-line behaviour of <c>graphbuilder serve</c> outside the protocol: timeouts, bad arguments.</summary>
public sealed class ServeLimitsTests
{
    [Fact]
    public async Task A_query_over_the_timeout_gets_503()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gb-serve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "kg.ttl");
            File.WriteAllText(file, ServeFixture.Data);
            using var server = ServerProcess.Start([file, "--timeout", "0.5"]);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            // A six-way cross product of the ~20 triples: billions of rows, far beyond half a second on any machine.
            const string q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }";
            var r = await http.GetAsync(server.Endpoint + "?query=" + Uri.EscapeDataString(q));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            Assert.Contains("timed out", await r.Content.ReadAsStringAsync());
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void A_missing_file_fails_with_one_line()
    {
        var r = GraphBuilder.Cli.Tests.Infrastructure.CliProcess.Run("serve", "/nonexistent/kg.ttl", "--port", "0");
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.StdErr.Trim().Split('\n'));
    }

    [Fact]
    public void A_bad_host_fails_with_one_line()
    {
        var file = Path.GetTempFileName() + ".ttl";
        File.WriteAllText(file, ServeFixture.Data);
        try
        {
            var r = GraphBuilder.Cli.Tests.Infrastructure.CliProcess.Run("serve", file, "--host", "not a host", "--port", "0");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("--host", r.StdErr);
        }
        finally { File.Delete(file); }
    }
}
