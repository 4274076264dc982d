namespace GraphBuilder.Cli.Infrastructure;

/// <summary>Path facts the output checks need: the real location of a path, and whether it is a device.</summary>
public static class FilePaths
{
    /// <summary>Symbolic links followed before giving up (Linux's own limit is 40).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The absolute path with every symbolic link on the way resolved (folders and the file itself), like
    /// <c>realpath</c>; parts that do not exist are kept as written. Two paths with the same canonical form are the same file.
    /// </summary>
    public static string Canonical(string path) => Canonical(path, 0);

    private static string Canonical(string path, int links)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            // Links under /dev and /proc (/dev/stdout -> /proc/self/fd/1 -> pipe:[…]) are the kernel's, not paths: kept.
            if (info.LinkTarget is { } target && !IsKernelPath(next))
            {
                if (links >= MaxLinks) throw new IOException($"{path}: too many levels of symbolic links");
                next = Canonical(Path.IsPathRooted(target) ? target : Path.Combine(current, target), links + 1);
            }
            current = next;
        }
        return current;
    }

    private static bool IsKernelPath(string path) =>
        !OperatingSystem.IsWindows() && (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>
    /// True for device files (<c>/dev/null</c>, <c>/dev/full</c>, <c>/dev/stdout</c> and the <c>/proc/self/fd</c>
    /// entries it leads to): they must be written in place, since renaming a file over them would replace the device.
    /// .NET has no portable file-type query, so this goes by the folders devices live in.
    /// </summary>
    public static bool IsDevice(string canonicalPath) => IsKernelPath(canonicalPath) && File.Exists(canonicalPath);
}
