using System.Diagnostics;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Graph.Tests.Support;

/// <summary>Runs the external programs that check our files as real consumers do (networkx, Chromium).</summary>
public static class External
{
    /// <summary>/usr/bin/python3 when it can import networkx, else null.</summary>
    public static readonly Lazy<string?> PythonWithNetworkx = new(() =>
    {
        var py = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : SharedData.FindProgram("python3");
        if (py == null) return null;
        var (code, _, _) = Run(py, ["-c", "import networkx"], TimeSpan.FromSeconds(60));
        return code == 0 ? py : null;
    });

    /// <summary>Debian's chromium (or chromium-browser), else null.</summary>
    public static readonly Lazy<string?> Chromium = new(() =>
        SharedData.FindProgram("chromium") ?? SharedData.FindProgram("chromium-browser") ?? SharedData.FindProgram("google-chrome"));

    /// <summary>The skip reason when networkx is missing.</summary>
    public const string NoNetworkx = "python3 with networkx not found (Debian: apt-get install python3-networkx)";
    /// <summary>The skip reason when Chromium is missing.</summary>
    public const string NoChromium = "chromium not found (Debian: apt-get install chromium)";

    /// <summary>Runs a program, returns exit code, stdout and stderr; kills it after <paramref name="timeout"/>.</summary>
    public static (int Code, string Stdout, string Stderr) Run(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds} s");
        }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs headless Chromium on a file with the flags that keep it offline and quiet.</summary>
    public static (int Code, string Stdout, string Stderr) RunChromium(string file, string userDataDir, params string[] extra)
    {
        var args = new List<string>
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--user-data-dir=" + userDataDir,
        };
        args.AddRange(extra);
        args.Add(new Uri(file).AbsoluteUri);
        return Run(Chromium.Value!, args, TimeSpan.FromSeconds(120));
    }

    /// <summary>A fresh temporary folder.</summary>
    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "gb-graph-tests-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(d);
        return d;
    }
}
