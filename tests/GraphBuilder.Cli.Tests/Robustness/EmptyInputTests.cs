using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>Empty and missing inputs the earlier checks did not cover: one line, non-zero exit, no output.</summary>
public sealed class EmptyInputTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-empty-");

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public void Ner_tag_of_an_empty_text_file_is_an_error()
    {
        var input = Path.Combine(_tmp.Root, "leer.txt");
        File.WriteAllText(input, "");
        var output = Path.Combine(_tmp.Root, "out.tsv");
        var r = CliProcess.Run("ner", "tag", input, "-o", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"graphbuilder: {input}: no text (the file is empty)", Assert.Single(r.StdErr.Trim().Split('\n')));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_missing_from_file_is_named_plainly()
    {
        var missing = Path.Combine(_tmp.Root, "fehlt.ttl");
        var r = CliProcess.Run("query", "-e", $"SELECT * FROM <{new Uri(missing).AbsoluteUri}> {{ ?s ?p ?o }}");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal($"graphbuilder: {missing}: no such file", Assert.Single(r.StdErr.Trim().Split('\n')));
    }

    [Fact]
    public void Draw_to_standard_output_says_draw_writes_files()
    {
        var kg = Path.Combine(_tmp.Root, "kg.nt");
        File.WriteAllText(kg, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        var r = CliProcess.Run("draw", kg, "-o", "-");
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains("draw writes a file (.svg or .html), not standard output", line);
        Assert.DoesNotContain("--format", line); // draw has no --format; the old message offered it
    }
}
