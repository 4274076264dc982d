using System.Text;
using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>
/// <c>build</c> fails with one line when there is nothing to build from: an empty folder, an empty article or corpus,
/// a file that is not an article. A knowledge graph of zero documents used to be written and reported as success.
/// </summary>
public sealed class BuildInputTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-build-inputs-");

    public void Dispose() => _tmp.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var p = Path.Combine(_tmp.Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    private string Build(string input, string expected)
    {
        var output = Path.Combine(_tmp.Root, "out", "graph.ttl");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var r = CliProcess.Run("build", input, "-o", output);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Equal("graphbuilder: " + expected, line);
        Assert.False(File.Exists(output));
        return line;
    }

    [Fact]
    public void An_empty_folder_is_an_error()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_tmp.Root, "articles")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not an article");
        Build(folder, folder + ": no articles in this folder (looked for .txt or .text (plain text), .jsonl or .ndjson (JSON Lines))");
    }

    [Fact]
    public void An_empty_article_is_an_error()
    {
        var p = Write("leer.txt", Encoding.UTF8.GetBytes("  \n\n"));
        Build(p, p + ": empty article");
    }

    [Fact]
    public void An_empty_corpus_is_an_error()
    {
        var p = Write("leer.jsonl", Encoding.UTF8.GetBytes("\n"));
        Build(p, p + ": no articles (the corpus has no records)");
    }

    [Theory]
    [InlineData("kg.ttl")]
    [InlineData("bild.png")]
    public void A_file_of_another_kind_is_an_error(string name)
    {
        var p = Write(name, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        Build(p, p + ": not an article: expected .txt or .text (plain text), .jsonl or .ndjson (JSON Lines)");
    }

    [Fact]
    public void A_binary_file_named_txt_is_an_error()
    {
        var p = Write("bild.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        Build(p, p + ": binary file (contains NUL bytes), expected UTF-8 text");
    }

    [Fact]
    public void A_folder_of_articles_still_builds()
    {
        Write("articles/001.txt", Encoding.UTF8.GetBytes("Bundeskanzler Olaf Scholz traf am Montag in Berlin den franz\u00f6sischen Pr\u00e4sidenten Emmanuel Macron."));
        var output = Path.Combine(_tmp.Root, "kg.ttl");
        var r = CliProcess.Run("build", Path.Combine(_tmp.Root, "articles"), "-o", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("1 documents", r.StdErr);
    }
}
