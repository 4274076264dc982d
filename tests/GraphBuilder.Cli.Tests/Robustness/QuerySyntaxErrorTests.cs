using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>A SPARQL syntax error is one line with its place: <c>file:line:col</c> for a query file, <c>line:col</c> for -e text.</summary>
public sealed class QuerySyntaxErrorTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-sparql-");

    public void Dispose() => _tmp.Dispose();

    private string Data()
    {
        var p = Path.Combine(_tmp.Root, "kg.nt");
        File.WriteAllText(p, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        return p;
    }

    [Fact]
    public void A_query_file_error_names_file_line_and_column()
    {
        var query = Path.Combine(_tmp.Root, "q.rq");
        File.WriteAllText(query, "SELECT * WHERE {\n  ?s ?p }\n");
        var output = Path.Combine(_tmp.Root, "out.json");
        var r = CliProcess.Run("query", "-d", Data(), "-q", query, "-o", output);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.StartsWith(query + ":2:9: ", line);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_inline_query_error_names_line_and_column()
    {
        var r = CliProcess.Run("query", "-d", Data(), "-e", "SELECT * WHERE { ?s ?p }");
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.StartsWith("1:24: ", line);
    }
}
