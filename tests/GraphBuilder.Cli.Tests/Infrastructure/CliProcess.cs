using System.Diagnostics;
using System.Text;

namespace GraphBuilder.Cli.Tests.Infrastructure;

/// <summary>Result of one run of the graphbuilder executable.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr);

/// <summary>
/// Runs the built graphbuilder.dll as a separate process, exactly as a user or an external runner would call it.
/// A process (not an in-process call) because commands write to Console, which tests running in parallel would share.
/// </summary>
public static class CliProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "graphbuilder.dll");

    /// <summary>Runs <c>graphbuilder ARGS</c> with optional standard input; waits at most <paramref name="timeoutSeconds"/>.</summary>
    public static CliResult Run(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null, int timeoutSeconds = 120)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin != null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"graphbuilder {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
        }
        return new CliResult(p.ExitCode, outTask.Result, errTask.Result);
    }

    /// <summary>
    /// Runs a <c>/bin/sh</c> script, for redirections a test cannot express otherwise (e.g. standard output to
    /// /dev/full); the script finds graphbuilder.dll in <c>$GB_DLL</c>.
    /// </summary>
    public static CliResult RunShell(string script, int timeoutSeconds = 120)
    {
        var psi = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        psi.Environment["GB_DLL"] = Dll;
        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"sh -c {script} did not finish in {timeoutSeconds} s");
        }
        return new CliResult(p.ExitCode, outTask.Result, errTask.Result);
    }

    /// <summary>Convenience overload.</summary>
    public static CliResult Run(params string[] args) => Run((IEnumerable<string>)args);
}
