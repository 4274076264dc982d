using System.Text;
using GraphBuilder.Cli.Tests.Infrastructure;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Cli.Tests.Ner;

public sealed class NerCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gb-ner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, content, new UTF8Encoding(false));
        return p;
    }

    // Own sentences, GermEval layout: index, token, outer tag, inner tag.
    private const string Train =
        "#\thttp://example.org/1\t[2024-01-01]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesuchte\tO\tO\n4\tParis\tB-LOC\tO\n5\t.\tO\tO\n\n" +
        "1\tSiemens\tB-ORG\tO\n2\tbaut\tO\tO\n3\tin\tO\tO\n4\tMünchen\tB-LOC\tO\n5\t.\tO\tO\n\n" +
        "1\tDie\tO\tO\n2\tUniversität\tB-ORG\tO\n3\tHamburg\tI-ORG\tB-LOC\n4\tforscht\tO\tO\n5\t.\tO\tO\n\n" +
        "1\tKinder\tO\tO\n2\tspielen\tO\tO\n3\tim\tO\tO\n4\tGarten\tO\tO\n5\t.\tO\tO\n";

    [Fact]
    public void TagTsvReplacesTagColumnsAndKeepsTheRest()
    {
        var input = Write("in.tsv", "#\tsource\t[2024]\n1\tAngela\tO\tO\n2\tMerkel\tO\tO\n3\tbesuchte\tO\tO\n4\tFrankreich\tO\tO\n5\t.\tO\tO\n\n1\tKinder\tO\tO\n2\tspielen\tO\tO\n");
        var output = Path.Combine(_dir, "out.tsv");
        var r = CliProcess.Run("ner", "tag", input, "-o", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        var lines = File.ReadAllLines(output);
        Assert.Equal("#\tsource\t[2024]", lines[0]);
        Assert.Equal("1\tAngela\tB-PER\tO", lines[1]);
        Assert.Equal("2\tMerkel\tI-PER\tO", lines[2]);
        Assert.Equal("4\tFrankreich\tB-LOC\tO", lines[4]);
        Assert.Equal(10, lines.Length); // 1 comment + 5 + blank + 2 + blank
        Assert.All(lines.Where(l => l.Length > 0 && l[0] != '#'), l => Assert.Equal(4, l.Split('\t').Length));
    }

    [Fact]
    public void TagTwoColumnInputAddsTagColumns()
    {
        var input = Write("in.tsv", "1\tBerlin\n2\tist\n3\tgroß\n");
        var r = CliProcess.Run("ner", "tag", input);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.StartsWith("1\tBerlin\tB-LOC\tO\n2\tist\tO\tO\n", r.StdOut);
    }

    [Fact]
    public void TagTextWritesOneLinePerName()
    {
        var input = Write("in.txt", "Bundeskanzler Olaf Scholz reiste am Montag nach Frankreich.");
        var r = CliProcess.Run("ner", "tag", input, "-o", "-");
        Assert.True(r.ExitCode == 0, r.StdErr);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("14\t25\tPER\tOlaf Scholz", lines);
        Assert.Contains("48\t58\tLOC\tFrankreich", lines);
    }

    [Fact]
    public void TaggingIsDeterministic()
    {
        var input = Write("in.txt", "Die Nato und die Vereinten Nationen kritisierten Russland. Wladimir Putin schwieg in Moskau.");
        var a = CliProcess.Run("ner", "tag", input);
        var b = CliProcess.Run("ner", "tag", input);
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.StdOut, b.StdOut);
        Assert.NotEmpty(a.StdOut);
    }

    [Theory]
    [InlineData("1\tBerlin\tB-LOC\n", "in.tsv:1: expected 2 or 4")]
    [InlineData("", "no sentences")]
    public void BadInputGetsAClearError(string content, string message)
    {
        var input = Write("in.tsv", content);
        var output = Path.Combine(_dir, "out.tsv");
        var r = CliProcess.Run("ner", "tag", input, "-o", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, r.StdErr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void TrainWritesAModelThatTagCanUse()
    {
        var train = Write("train.tsv", Train);
        var model = Path.Combine(_dir, "m.model");
        var r = CliProcess.Run("ner", "train", "--train", train, "--dev", train, "-o", model, "--epochs", "5");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("outer epoch  1:", r.StdOut);
        Assert.Contains("dev P", r.StdOut);
        Assert.True(new FileInfo(model).Length > 0);
        var input = Write("in.tsv", "1\tKinder\n2\tspielen\n3\tim\n4\tGarten\n5\t.\n");
        var t = CliProcess.Run("ner", "tag", input, "--model", model);
        Assert.True(t.ExitCode == 0, t.StdErr);
        var lines = t.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Kinder", "spielen", "im", "Garten", "."], lines.Select(l => l.Split('\t')[1]));
        // Four sentences teach little (the lexicon features are jack-knifed), so only the form is checked here;
        // the unit tests check that training learns its data.
        Assert.All(lines, l => Assert.Matches(@"^\d\t[^\t]+\t(O|[BI]-(PER|ORG|LOC|OTH)(deriv|part)?)\t(O|[BI]-(PER|ORG|LOC|OTH)(deriv|part)?)$", l));
    }

    [Fact]
    public void TrainAveragesSeveralRuns()
    {
        var train = Write("train.tsv", Train);
        var model = Path.Combine(_dir, "m.model");
        var r = CliProcess.Run("ner", "train", "--train", train, "--dev", train, "-o", model, "--epochs", "3", "--runs", "2");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("outer run 2 epoch  1:", r.StdOut);
        Assert.Contains("outer: mean of 2 runs", r.StdOut);
        var bad = CliProcess.Run("ner", "train", "--train", train, "-o", model, "--runs", "0");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--runs", bad.StdErr);
    }

    [Fact]
    public void TrainRejectsUntaggedData()
    {
        var train = Write("train.tsv", "1\tBerlin\n");
        var r = CliProcess.Run("ner", "train", "--train", train, "-o", Path.Combine(_dir, "m.model"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("train.tsv:1: expected 4", r.StdErr);
    }

    [Fact]
    public void TagRejectsAFileThatIsNotAModel()
    {
        var input = Write("in.tsv", "1\tBerlin\n");
        var bad = Write("bad.model", "nonsense");
        var r = CliProcess.Run("ner", "tag", input, "--model", bad);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("not a GraphBuilder NER model", r.StdErr);
    }

    [SkippableFact]
    public void ShippedModelScoresOnDevWithTheProjectScorer()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var python = SharedData.FindProgram("python3");
        Skip.If(python == null, "python3 not found (needed for shared/eval/ner_eval.py)");
        var dev = SharedData.Path("data", "germeval2014", "NER-de-dev.tsv");
        Skip.IfNot(File.Exists(dev), "GermEval dev file not found");
        var output = Path.Combine(_dir, "dev.tsv");
        var r = CliProcess.Run("ner", "tag", dev, "-o", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        var psi = new System.Diagnostics.ProcessStartInfo(python!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { SharedData.Path("eval", "ner_eval.py"), dev, output, "--no-per-label" }) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        var last = stdout.Trim().Split('\n')[^1];
        Assert.StartsWith("F1 outer strict: ", last);
        var f1 = double.Parse(last["F1 outer strict: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(f1 >= 70, $"dev F1 outer strict {f1} fell below 70");
    }
}
