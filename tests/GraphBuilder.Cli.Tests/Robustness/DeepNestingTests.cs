using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>
/// Nesting beyond the limit in a query or in RDF/XML is a syntax error. Before, deep enough nesting overflowed the
/// stack, which kills the process with a trace and exit code 134 (in <c>serve</c>: the whole endpoint, for one bad
/// request); below that depth it ran, so these tests fail without the limit either way.
/// </summary>
public sealed class DeepNestingTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-deep-");

    public void Dispose() => _tmp.Dispose();

    [Theory]
    [InlineData("SELECT * { FILTER(", "(", "1", ")", ") }")]
    [InlineData("SELECT * { ", "{", "", "}", " }")]
    [InlineData("SELECT * { ?s <http://example.org/p> ", "(", "1", ")", " }")]
    [InlineData("SELECT * { ?s ", "(", "<http://example.org/p>", ")", " ?o }")]
    public void A_query_nested_beyond_the_limit_is_one_error_line(string head, string open, string inner, string close, string tail)
    {
        const int levels = 1_000;
        var query = head + string.Concat(Enumerable.Repeat(open, levels)) + inner + string.Concat(Enumerable.Repeat(close, levels)) + tail;
        // A file: the text is too long for a command line.
        var file = Path.Combine(_tmp.Root, "deep.rq");
        File.WriteAllText(file, query);
        var r = CliProcess.Run("query", "-q", file);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(file) + @":1:\d+: nesting deeper than 256 levels$", line);
    }

    [Fact]
    public void Nesting_within_the_limit_still_runs()
    {
        const int levels = 200;
        var query = "SELECT * { FILTER(" + new string('(', levels) + "1" + new string(')', levels) + ") }";
        var r = CliProcess.Run("query", "-e", query, "-r", "tsv");
        Assert.True(r.ExitCode == 0, r.StdErr);
    }

    [Fact]
    public void Rdf_xml_nested_beyond_the_limit_is_one_error_line()
    {
        const int levels = 2_000;
        var xml = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://example.org/\">"
            + string.Concat(Enumerable.Repeat("<rdf:Description><e:p>", levels))
            + string.Concat(Enumerable.Repeat("</e:p></rdf:Description>", levels)) + "</rdf:RDF>";
        var file = Path.Combine(_tmp.Root, "deep.rdf");
        File.WriteAllText(file, xml);
        var r = CliProcess.Run("query", "-d", file, "-e", "ASK {}");
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(file) + @":1:\d+: nesting deeper than 1000 elements$", line);
    }
}
