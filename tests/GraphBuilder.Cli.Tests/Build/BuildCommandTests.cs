using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Build;

/// <summary><c>graphbuilder build</c> end to end, over small articles written for these tests.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gb-build-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string Path_(string name) => Path.Combine(_root, name);

    private string Write(string name, string text)
    {
        var p = Path_(name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text, new System.Text.UTF8Encoding(false));
        return p;
    }

    private string Articles()
    {
        Write("articles/001_treffen.txt", "Kanzler trifft Präsidenten\n\n3. März 2021\n\nBundeskanzler Olaf Scholz (SPD) hat am Mittwoch in Paris den französischen Präsidenten Emmanuel Macron getroffen. „Wir stehen eng zusammen“, sagte Scholz nach dem Gespräch.");
        Write("articles/002_drohung.txt", "Russland drohte der Ukraine am Montag mit weiteren Schritten. Die Nato kritisierte Moskau scharf.");
        Write("articles/003_leer.txt", "Das Wetter war am Morgen schön, und die Kinder spielten draußen.");
        return Path_("articles");
    }

    [Fact]
    public void Folder_builds_turtle_with_entities_roles_and_events()
    {
        var outFile = Path_("kg.ttl");
        var r = CliProcess.Run("build", Articles(), "-o", outFile);
        Assert.True(r.ExitCode == 0, r.StdErr);
        var ttl = File.ReadAllText(outFile);
        Assert.Contains("<https://w3id.org/graphbuilder/data/entity/russia>", ttl);
        Assert.Contains("<https://w3id.org/graphbuilder/data/doc/001_treffen>", ttl);
        Assert.Contains("org:Membership", ttl);
        Assert.Contains("gb:Event", ttl);
        Assert.Contains("3 documents", r.StdErr);
        Assert.Single(r.StdErr.Trim().Split('\n'));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var dir = Articles();
        var a = Path_("a.nt");
        var b = Path_("b.nt");
        Assert.Equal(0, CliProcess.Run("build", dir, "-o", a).ExitCode);
        Assert.Equal(0, CliProcess.Run("build", dir, "-o", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Trig_puts_each_document_in_its_own_graph()
    {
        var outFile = Path_("kg.trig");
        var r = CliProcess.Run("build", Articles(), "-o", outFile, "--base", "https://example.org/kg/");
        Assert.True(r.ExitCode == 0, r.StdErr);
        var trig = File.ReadAllText(outFile);
        Assert.Contains("<https://example.org/kg/doc/001_treffen> {", trig);
        Assert.Contains("<https://example.org/kg/doc/002_drohung> {", trig);
    }

    [Fact]
    public void Json_lines_corpus_and_mentions()
    {
        var corpus = Write("corpus.jsonl", "{\"id\":\"k1\",\"text\":\"Die Nato kritisierte Russland.\",\"date\":\"2022-02-01\"}\n");
        var outFile = Path_("kg.ttl");
        var r = CliProcess.Run("build", corpus, "-o", outFile, "--mentions");
        Assert.True(r.ExitCode == 0, r.StdErr);
        var ttl = File.ReadAllText(outFile);
        Assert.Contains("doc/k1#char=4,8", ttl);
        Assert.Contains("\"2022-02-01\"^^xsd:date", ttl);
    }

    [Fact]
    public void Graphml_output()
    {
        var outFile = Path_("kg.graphml");
        var r = CliProcess.Run("build", Articles(), "-o", outFile);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("<graphml", File.ReadAllText(outFile));
    }

    [Fact]
    public void Binary_input_fails_in_one_line_without_output()
    {
        var bin = Path_("bild.txt");
        File.WriteAllBytes(bin, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]);
        var outFile = Path_("kg.ttl");
        var r = CliProcess.Run("build", bin, "-o", outFile);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("bild.txt", r.StdErr);
        Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.False(File.Exists(outFile));
        Assert.Empty(Directory.GetFiles(_root, ".kg.ttl*"));
    }

    [Fact]
    public void Missing_input_fails_in_one_line_without_output()
    {
        var outFile = Path_("kg.ttl");
        var r = CliProcess.Run("build", Path_("fehlt.txt"), "-o", outFile);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("fehlt.txt", r.StdErr);
        Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public void Unknown_output_extension_needs_a_format()
    {
        var r = CliProcess.Run("build", Articles(), "-o", Path_("kg.xyz"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("--format", r.StdErr);
        var ok = CliProcess.Run("build", Articles(), "-o", Path_("kg.xyz"), "--format", "ntriples");
        Assert.Equal(0, ok.ExitCode);
    }
}
