using System.Runtime.CompilerServices;

namespace GraphBuilder.Tests.Common;

/// <summary>
/// Finds the repository root and the <c>../shared</c> folder beside it (W3C suites, evaluation data), and external
/// programs. Tests that need them call <c>Skip.If(...)</c> with <see cref="MissingReason"/>, so a fresh clone without
/// <c>../shared</c> still passes.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root (the folder holding GraphBuilder.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder (env GRAPHBUILDER_SHARED, else ../shared beside the repository), or null when absent.</summary>
    public static string? Root { get; } = FindShared();

    /// <summary>True when the shared folder is there.</summary>
    public static bool Available => Root != null;

    /// <summary>Why a test that needs ../shared is skipped.</summary>
    public static string MissingReason => $"../shared not found beside {RepoRoot} (set GRAPHBUILDER_SHARED to its path to run this test)";

    /// <summary>A path inside the shared folder.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root ?? throw new InvalidOperationException(MissingReason), .. parts]);

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindProgram(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var p = System.IO.Path.Combine(dir, name);
            if (File.Exists(p)) return p;
        }
        return null;
    }

    private static string FindRepoRoot([CallerFilePath] string here = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(here) ?? "" })
        {
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                if (File.Exists(System.IO.Path.Combine(d.FullName, "GraphBuilder.sln"))) return d.FullName;
        }
        return Directory.GetCurrentDirectory();
    }

    private static string? FindShared()
    {
        var env = Environment.GetEnvironmentVariable("GRAPHBUILDER_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return System.IO.Path.GetFullPath(env);
        var p = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(p) ? p : null;
    }
}
