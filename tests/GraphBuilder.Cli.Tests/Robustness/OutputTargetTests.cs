using GraphBuilder.Cli.Tests.Infrastructure;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>Outputs that cannot be written fail with one line naming the output, before any work, and leave nothing behind.</summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-outputs-");

    public void Dispose() => _tmp.Dispose();

    private string Kg() => _tmp.Write("kg.nt", "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");

    private static string OneLine(CliResult r)
    {
        Assert.Equal(1, r.ExitCode);
        return Assert.Single(r.StdErr.Trim().Split('\n'));
    }

    /// <remarks>convert is left out on purpose: it creates a missing output folder (ConvertCommandTests.CreatesAMissingOutputFolder).</remarks>
    [Theory]
    [InlineData("query")]
    [InlineData("views")]
    [InlineData("build")]
    public void A_missing_output_folder_is_an_error_and_is_not_created(string command)
    {
        var output = Path.Combine(_tmp.Root, "no-such-folder", "out.ttl");
        string[] args = command switch
        {
            "query" => ["query", "-d", Kg(), "-e", "ASK {}", "-o", output],
            "views" => ["views", Kg(), "-o", output],
            _ => ["build", Article(), "-o", output],
        };
        var line = OneLine(CliProcess.Run(args));
        Assert.Contains(output + ": the output folder " + Path.Combine(_tmp.Root, "no-such-folder") + " does not exist", line);
        Assert.False(Directory.Exists(Path.Combine(_tmp.Root, "no-such-folder")));
    }

    private string Article()
    {
        var p = Path.Combine(_tmp.Root, "a.txt");
        File.WriteAllText(p, "Die Kanzlerin traf am Montag in Berlin den Pr\u00e4sidenten.");
        return p;
    }

    [Fact]
    public void A_folder_as_output_is_named_as_such()
    {
        var line = OneLine(CliProcess.Run("convert", Kg(), "-o", _tmp.Root, "--to", "ntriples"));
        Assert.Contains(_tmp.Root + ": is a folder", line);
    }

    [SkippableFact]
    public void A_folder_that_cannot_hold_files_is_named_without_the_temporary_file()
    {
        // /proc refuses new files even for root, unlike a folder without write permission.
        Skip.IfNot(Directory.Exists("/proc/self"), "needs Linux /proc");
        var line = OneLine(CliProcess.Run("convert", Kg(), "-o", "/proc/gb-out.ttl"));
        Assert.Contains("/proc/gb-out.ttl: cannot write in the folder /proc", line);
        Assert.DoesNotContain(".tmp-", line);
    }

    [SkippableFact]
    public void A_full_device_is_a_write_error_and_the_device_stays()
    {
        // The output is a link to /dev/full: before, the link was replaced by a regular file and the command
        // "succeeded"; as root, giving /dev/full itself replaced the device node. Writing through a link keeps the
        // test from touching /dev even when the fix is missing.
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");
        var link = Path.Combine(_tmp.Root, "full.ttl");
        File.CreateSymbolicLink(link, "/dev/full");
        var line = OneLine(CliProcess.Run("convert", Kg(), "-o", link));
        Assert.Contains(link + ": cannot write: No space left on device", line);
        Assert.Equal("/dev/full", new FileInfo(link).LinkTarget);
        Assert.Empty(Directory.GetFiles(_tmp.Root, ".*tmp*"));
    }

    [SkippableFact]
    public void A_full_standard_output_is_a_write_error()
    {
        Skip.IfNot(File.Exists("/dev/full") && File.Exists("/bin/sh"), "needs /dev/full and sh");
        foreach (var command in new[] { $"convert '{Kg()}' -o - --to turtle", $"stats '{Kg()}'" })
        {
            var r = CliProcess.RunShell($"dotnet \"$GB_DLL\" {command} > /dev/full");
            Assert.Equal(1, r.ExitCode);
            Assert.Equal("graphbuilder: standard output: cannot write: No space left on device", Assert.Single(r.StdErr.Trim().Split('\n')));
        }
    }

    [Fact]
    public void A_symbolic_link_output_keeps_the_link_and_replaces_its_file()
    {
        var real = Path.Combine(_tmp.Root, "real.nt");
        File.WriteAllText(real, "old\n");
        var link = Path.Combine(_tmp.Root, "link.nt");
        File.CreateSymbolicLink(link, real);
        var r = CliProcess.Run("convert", Kg(), "-o", link);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Contains("<http://example.org/a>", File.ReadAllText(real));
    }
}
