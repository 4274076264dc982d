using System.Text;
using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>A malformed line of a JSON Lines corpus is reported as <c>file:line:col</c>, the column in characters.</summary>
public sealed class JsonLinesErrorTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-jsonl-");

    public void Dispose() => _tmp.Dispose();

    [Theory]
    // A missing comma: the second string starts at character 27 (ü and ß are one character each, two UTF-8 bytes).
    [InlineData("{\"id\":\"b\", \"text\":\"Gr\u00fc\u00dfe\" \"x\"}", 27)]
    // A line cut off inside a string.
    [InlineData("{\"id\":\"b\", \"te", 15)]
    // Not JSON at all.
    [InlineData("  Hallo Welt", 3)]
    public void A_malformed_line_names_file_line_and_column(string badLine, int column)
    {
        var corpus = Path.Combine(_tmp.Root, "korpus.jsonl");
        File.WriteAllText(corpus, "{\"id\":\"a\",\"text\":\"Die Kanzlerin sprach in Berlin.\"}\n" + badLine + "\n", new UTF8Encoding(false));
        var output = Path.Combine(_tmp.Root, "kg.ttl");
        var r = CliProcess.Run("build", corpus, "-o", output);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.StartsWith($"graphbuilder: {corpus}:2:{column}: not a JSON object", line);
        Assert.False(File.Exists(output));
    }
}
