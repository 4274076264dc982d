using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>An output that is one of the inputs (by name, another spelling or a symbolic link) is refused before anything is written.</summary>
public sealed class OutputGuardTests : IDisposable
{
    private const string Triples = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n";
    private readonly TempFolder _tmp = new("gb-guard-");

    public void Dispose() => _tmp.Dispose();

    private string Write(string name, string text)
    {
        var p = Path.Combine(_tmp.Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text);
        return p;
    }

    private static void AssertRefused(CliResult r, string input, string before)
    {
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains("is also an input", line);
        Assert.Equal(before, File.ReadAllText(input));
    }

    [Fact]
    public void Query_does_not_overwrite_its_data_with_the_answer()
    {
        var kg = Write("kg.nt", Triples);
        AssertRefused(CliProcess.Run("query", "-d", kg, "-e", "SELECT * { ?s ?p ?o }", "-o", kg), kg, Triples);
    }

    [Fact]
    public void Query_does_not_overwrite_its_query_file()
    {
        var kg = Write("kg.nt", Triples);
        var q = Write("q.rq", "SELECT * { ?s ?p ?o }");
        AssertRefused(CliProcess.Run("query", "-d", kg, "-q", q, "-o", q), q, "SELECT * { ?s ?p ?o }");
    }

    [Fact]
    public void Convert_refuses_another_spelling_of_the_input()
    {
        var kg = Write("kg.nt", Triples);
        var sameFile = Path.Combine(_tmp.Root, ".", "sub", "..", "kg.nt");
        Directory.CreateDirectory(Path.Combine(_tmp.Root, "sub"));
        AssertRefused(CliProcess.Run("convert", kg, "-o", sameFile, "--to", "turtle"), kg, Triples);
    }

    [Fact]
    public void Views_refuses_a_symbolic_link_to_the_input()
    {
        var kg = Write("kg.nt", Triples);
        var link = Path.Combine(_tmp.Root, "link.ttl");
        File.CreateSymbolicLink(link, kg);
        AssertRefused(CliProcess.Run("views", kg, "-o", link, "--format", "turtle"), kg, Triples);
    }

    [Fact]
    public void Build_refuses_an_article_of_its_input_folder()
    {
        const string article = "Die Kanzlerin traf am Montag in Berlin den Pr\u00e4sidenten.";
        var a = Write("articles/a.txt", article);
        AssertRefused(CliProcess.Run("build", Path.Combine(_tmp.Root, "articles"), "-o", a, "--format", "turtle"), a, article);
    }

    [Fact]
    public void Ner_tag_refuses_to_overwrite_its_input()
    {
        const string tsv = "1\tAnna\n2\tlacht\n\n";
        var input = Write("in.tsv", tsv);
        AssertRefused(CliProcess.Run("ner", "tag", input, "-o", input), input, tsv);
    }
}
