using System.Text.Json;
using GraphBuilder.Cli.Tests.Infrastructure;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Comparison;
using GraphBuilder.Rdf.Formats;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Cli.Tests.Convert;

public class ConvertCommandTests
{
    private static readonly string Sample = Path.Combine(SharedData.RepoRoot, "seeds", "sample.ttl");

    private static List<Quad> Load(string path, RdfFormat? format = null)
    {
        var store = RdfLoader.LoadStore(path, format: format);
        return store.Quads.ToList();
    }

    [Theory]
    [InlineData("nt")]
    [InlineData("nq")]
    [InlineData("ttl")]
    [InlineData("trig")]
    public void SampleRoundTripsThroughEverySyntax(string ext)
    {
        using var tmp = new TempFolder();
        var converted = tmp.File("sample." + ext);
        var r = CliProcess.Run("convert", Sample, "-o", converted);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal("", r.StdErr);

        var back = tmp.File("back.nq");
        r = CliProcess.Run("convert", converted, "-o", back);
        Assert.True(r.ExitCode == 0, r.StdErr);

        var expected = Load(Sample);
        Assert.True(expected.Count > 40);
        var why = GraphComparer.Explain(expected, Load(back));
        Assert.True(why is null, why);
        Assert.Contains("Jürgen Größer", File.ReadAllText(converted));
    }

    [Fact]
    public void SampleToJsonLdIsJsonWithTheUmlauts()
    {
        using var tmp = new TempFolder();
        var output = tmp.File("sample.jsonld");
        var r = CliProcess.Run("convert", Sample, "-o", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Contains("Jürgen Größer", Strings(doc.RootElement));
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Fact]
    public void SyntaxErrorGivesOneDiagnosticLineAndNoOutputFile()
    {
        using var tmp = new TempFolder();
        var bad = tmp.Write("bad.ttl", "@prefix : <http://e/> .\n:s :p \"unterminated .\n");
        var output = tmp.File("out.nt");
        var r = CliProcess.Run("convert", bad, "-o", output);
        Assert.Equal(1, r.ExitCode);
        var lines = r.StdErr.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith(bad + ":2:7: ", lines[0]);
        Assert.False(File.Exists(output));
        Assert.Equal(new[] { "bad.ttl" }, Directory.GetFiles(tmp.Root).Select(Path.GetFileName));
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void RelativeIriInNTriplesIsAnErrorEvenWithBase()
    {
        using var tmp = new TempFolder();
        var input = tmp.Write("rel.nt", "<http://e/s> <http://e/p> <o> .\n");
        var r = CliProcess.Run("convert", input, "-o", tmp.File("out.nt"), "--base", "http://e/");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith(input + ":1:27: ", r.StdErr);
        Assert.False(File.Exists(tmp.File("out.nt")));
    }

    [Fact]
    public void StdinToStdoutWithExplicitSyntaxes()
    {
        var r = CliProcess.Run(["convert", "-", "-o", "-", "--from", "turtle", "--to", "ntriples", "--base", "http://example.org/doc"],
            stdin: "@prefix : <http://example.org/> .\n<#me> :age 01, +1, 1E0, \"1.0e0\"^^<http://www.w3.org/2001/XMLSchema#double> ; :name \"Bär\"@de .\n");
        Assert.True(r.ExitCode == 0, r.StdErr);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        const string s = "<http://example.org/doc#me> ";
        Assert.Equal(
            new[]
            {
                s + "<http://example.org/age> \"+1\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                s + "<http://example.org/age> \"01\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                s + "<http://example.org/age> \"1.0e0\"^^<http://www.w3.org/2001/XMLSchema#double> .",
                s + "<http://example.org/age> \"1E0\"^^<http://www.w3.org/2001/XMLSchema#double> .",
                s + "<http://example.org/name> \"Bär\"@de .",
            },
            lines);
    }

    [Fact]
    public void DefaultBaseIsTheInputFileUri()
    {
        using var tmp = new TempFolder();
        var input = tmp.Write("rel.ttl", "<a> <b> <#c> .\n");
        var output = tmp.File("out.nt");
        var r = CliProcess.Run("convert", input, "-o", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        var fileUri = new Uri(input).AbsoluteUri;
        var dir = fileUri[..(fileUri.LastIndexOf('/') + 1)];
        Assert.Equal($"<{dir}a> <{dir}b> <{fileUri}#c> .\n", File.ReadAllText(output));
    }

    [Fact]
    public void CreatesAMissingOutputFolder()
    {
        using var tmp = new TempFolder();
        var output = Path.Combine(tmp.Root, "out", "sample.nt");
        var r = CliProcess.Run("convert", Sample, "-o", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(Load(Sample).Count, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void StdoutNeedsAnExplicitTargetSyntax()
    {
        var r = CliProcess.Run("convert", Sample, "-o", "-");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--to", r.StdErr);
    }

    [Fact]
    public void JsonLdInputIsRejected()
    {
        using var tmp = new TempFolder();
        var input = tmp.Write("x.jsonld", "{}");
        var r = CliProcess.Run("convert", input, "-o", tmp.File("x.nt"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("JSON-LD is write-only", r.StdErr);
    }

    [Fact]
    public void TriGToNQuadsKeepsGraphs()
    {
        using var tmp = new TempFolder();
        var input = tmp.Write("g.trig", "@prefix : <http://e/> . :g { :s :p [ :q \"x\" ] } :s :p :o .");
        var output = tmp.File("g.nq");
        var r = CliProcess.Run("convert", input, "-o", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        var why = GraphComparer.Explain(Load(input), Load(output));
        Assert.True(why is null, why);
        Assert.Contains("<http://e/g> .", File.ReadAllText(output));
    }
}
