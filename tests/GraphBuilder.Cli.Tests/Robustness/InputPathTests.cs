using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>A folder where a file is expected, or a missing file, is one plain line naming the path.</summary>
public sealed class InputPathTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-inputs-");

    public void Dispose() => _tmp.Dispose();

    public static TheoryData<string[]> FolderCommands => new()
    {
        new[] { "convert", "{in}", "-o", "{dir}/out.ttl", "--from", "ntriples" },
        new[] { "query", "-d", "{in}", "-e", "ASK {}" },
        new[] { "query", "-q", "{in}" },
        new[] { "ner", "tag", "{in}" },
        new[] { "ner", "train", "--train", "{in}", "-o", "{dir}/m.model" },
        new[] { "serve", "{in}", "--port", "0" },
        new[] { "push", "{in}", "--endpoint", "http://127.0.0.1:9/x", "-g", "http://example.org/g" },
    };

    private string[] Fill(string[] args, string input) =>
        args.Select(a => a.Replace("{in}", input).Replace("{dir}", _tmp.Root)).ToArray();

    [Theory]
    [MemberData(nameof(FolderCommands))]
    public void A_folder_given_as_a_file_is_named_as_a_folder(string[] args)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_tmp.Root, "data.nt")).FullName;
        var r = CliProcess.Run(Fill(args, folder));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(folder + ": is a folder, expected a file", Assert.Single(r.StdErr.Trim().Split('\n')).Replace("graphbuilder: ", ""));
    }

    [Theory]
    [MemberData(nameof(FolderCommands))]
    public void A_missing_file_is_named(string[] args)
    {
        var missing = Path.Combine(_tmp.Root, "missing.nt");
        var r = CliProcess.Run(Fill(args, missing));
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(missing + ": no such file", Assert.Single(r.StdErr.Trim().Split('\n')).Replace("graphbuilder: ", ""));
    }
}
