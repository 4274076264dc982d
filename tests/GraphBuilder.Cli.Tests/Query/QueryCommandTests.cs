using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Query;

/// <summary>End-to-end runs of <c>graphbuilder query</c> as the conformance runners call it.</summary>
public sealed class QueryCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gb-query-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    private const string Data = "@prefix : <http://ex/> .\n:a :knows :b .\n:b :knows :c .\n:a :age 30 .\n";

    [Fact]
    public void Select_writes_json_with_the_solutions()
    {
        var data = Write("d.ttl", Data);
        var q = Write("q.rq", "PREFIX : <http://ex/> SELECT ?x WHERE { :a :knows+ ?x } ORDER BY ?x");
        var outFile = Path.Combine(_dir, "out.srj");
        var r = CliProcess.Run("query", "--data", data, "--query", q, "--results", "json", "-o", outFile);
        Assert.Equal(0, r.ExitCode);
        var json = File.ReadAllText(outFile);
        Assert.Contains("\"http://ex/b\"", json);
        Assert.True(json.IndexOf("http://ex/b", StringComparison.Ordinal) < json.IndexOf("http://ex/c", StringComparison.Ordinal));
    }

    [Fact]
    public void Construct_is_written_as_ntriples_whatever_the_format()
    {
        var data = Write("d.ttl", Data);
        var q = Write("q.rq", "PREFIX : <http://ex/> CONSTRUCT { ?y :knownBy ?x } WHERE { ?x :knows ?y }");
        var outFile = Path.Combine(_dir, "out.nt");
        var r = CliProcess.Run("query", "--data", data, "--query", q, "--results", "xml", "-o", outFile);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("<http://ex/b> <http://ex/knownBy> <http://ex/a> .", File.ReadAllText(outFile));
    }

    [Fact]
    public void Named_graph_takes_the_iri_before_the_equals_sign()
    {
        var data = Write("g.ttl", Data);
        var q = Write("q.rq", "ASK { GRAPH <http://graphs/g1> { ?s ?p ?o } }");
        var outFile = Path.Combine(_dir, "out.srj");
        var r = CliProcess.Run("query", "--named", "http://graphs/g1=" + data, "--query", q, "--results", "json", "-o", outFile);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("true", File.ReadAllText(outFile));
    }

    [Fact]
    public void Invalid_query_exits_non_zero_and_leaves_no_output_file()
    {
        var q = Write("bad.rq", "SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p");
        var outFile = Path.Combine(_dir, "out.srj");
        var r = CliProcess.Run("query", "--query", q, "--results", "json", "-o", outFile);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("bad.rq:1:8: ", r.StdErr); // file:line:col
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public void Valid_query_on_an_empty_dataset_exits_zero()
    {
        var q = Write("q.rq", "SELECT * WHERE { ?s ?p ?o }");
        var outFile = Path.Combine(_dir, "out.tsv");
        var r = CliProcess.Run("query", "--query", q, "--results", "tsv", "-o", outFile);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("?s\t?p\t?o", File.ReadAllText(outFile));
    }

    [Fact]
    public void From_is_loaded_relative_to_the_query_when_no_data_is_given()
    {
        Write("d.ttl", Data);
        var q = Write("q.rq", "PREFIX : <http://ex/> SELECT ?age FROM <d.ttl> WHERE { :a :age ?age }");
        var outFile = Path.Combine(_dir, "out.csv");
        var r = CliProcess.Run("query", "--query", q, "--results", "csv", "-o", outFile);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("30", File.ReadAllText(outFile));
    }
}
