using System.Diagnostics;
using System.Text.Json;

namespace GraphBuilder.Bench.Sparql;

/// <summary>One query's figures from the rdflib script.</summary>
internal sealed record RdflibQuery(double? Ms, int Runs, long Rows, string? AnswerPath, string? Error);

/// <summary>The rdflib side of the comparison: runs <c>rdflib_bench.py</c> with Debian's python3 and reads its JSON.</summary>
internal static class RdflibRunner
{
    /// <summary>The python that has rdflib (Debian's python3-rdflib lives under /usr/bin/python3), or null.</summary>
    public static string? FindPython()
    {
        foreach (var p in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                var psi = new ProcessStartInfo(p, ["-c", "import rdflib"]) { RedirectStandardError = true, RedirectStandardOutput = true };
                using var proc = Process.Start(psi)!;
                proc.WaitForExit();
                if (proc.ExitCode == 0) return p;
            }
            catch (System.ComponentModel.Win32Exception) { }
        }
        return null;
    }

    /// <summary>Runs the script; returns load seconds, version and per-query figures, or the error text.</summary>
    public static (double LoadSeconds, string Version, Dictionary<string, RdflibQuery> Queries)? Run(string python, string data, string queryDir, string outDir, int runs, double budgetSeconds, out string? error)
    {
        var script = Path.Combine(BenchPaths.RepoRoot, "bench", "GraphBuilder.Bench", "Sparql", "rdflib_bench.py");
        error = null;
        if (!File.Exists(script)) { error = "script not found: " + script; return null; }
        var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { script, data, queryDir, outDir, "--runs", runs.ToString(), "--budget", budgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        // Progress lines go to stderr; pass them on so a long rdflib run shows it is alive.
        p.ErrorDataReceived += (_, e) => { if (e.Data != null && e.Data.StartsWith("rdflib ", StringComparison.Ordinal)) Console.Error.WriteLine("  " + e.Data); };
        p.BeginErrorReadLine();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        if (root.TryGetProperty("error", out var err)) { error = err.GetString(); return null; }
        var queries = new Dictionary<string, RdflibQuery>(StringComparer.Ordinal);
        foreach (var q in root.GetProperty("queries").EnumerateObject())
        {
            var v = q.Value;
            queries[q.Name] = v.TryGetProperty("error", out var qe)
                ? new RdflibQuery(null, 0, 0, null, qe.GetString())
                : new RdflibQuery(v.GetProperty("ms").GetDouble(), v.GetProperty("runs").GetInt32(), v.GetProperty("rows").GetInt64(), v.GetProperty("answer").GetString(), null);
        }
        return (root.GetProperty("load_s").GetDouble(), root.GetProperty("rdflib").GetString() ?? "?", queries);
    }
}
