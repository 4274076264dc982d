namespace GraphBuilder.Bench.Sparql;

/// <summary>Finds the repository root and the shared benchmark folder (<c>../shared/bench</c> beside the repository).</summary>
internal static class BenchPaths
{
    /// <summary>The folder holding GraphBuilder.sln, found upward from the executable and the working directory.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared bench folder (env GRAPHBUILDER_SHARED/bench, else ../shared/bench), or null.</summary>
    public static string? SharedBench
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("GRAPHBUILDER_SHARED");
            foreach (var root in new[] { env, Path.Combine(RepoRoot, "..", "shared") })
            {
                if (string.IsNullOrEmpty(root)) continue;
                var p = Path.GetFullPath(Path.Combine(root, "bench"));
                if (File.Exists(Path.Combine(p, "gen_kg.py"))) return p;
            }
            return null;
        }
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "GraphBuilder.sln"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}
