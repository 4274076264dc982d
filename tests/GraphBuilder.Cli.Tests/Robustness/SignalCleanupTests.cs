using GraphBuilder.Cli.Tests.Infrastructure;
using System.Diagnostics;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>A command ended by a signal (SIGTERM, Ctrl-C) leaves neither its output nor its hidden temporary file behind.</summary>
public sealed class SignalCleanupTests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-signal-");

    public void Dispose() => _tmp.Dispose();

    [SkippableFact]
    public void Sigterm_while_writing_removes_the_temporary_file()
    {
        Skip.If(OperatingSystem.IsWindows(), "needs POSIX signals");
        // convert from a standard input that stays open: the temporary output exists and the command waits for more
        // input, so the signal surely arrives mid-write.
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "graphbuilder.dll"), "convert", "-", "--from", "ntriples", "-o", Path.Combine(_tmp.Root, "out.ttl") })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.WriteLine("<http://example.org/a> <http://example.org/b> <http://example.org/c> .");
        p.StandardInput.Flush();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.GetFiles(_tmp.Root).Length == 0 && DateTime.UtcNow < deadline) Thread.Sleep(50);
        Assert.Single(Directory.GetFiles(_tmp.Root, ".out.ttl.tmp-*"));

        using (var kill = Process.Start("kill", ["-TERM", p.Id.ToString()])) kill.WaitForExit();
        Assert.True(p.WaitForExit(30_000), "graphbuilder did not end on SIGTERM");
        Assert.NotEqual(0, p.ExitCode);
        Assert.Empty(Directory.GetFiles(_tmp.Root));
    }
}
