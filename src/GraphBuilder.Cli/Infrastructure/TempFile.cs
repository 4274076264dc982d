namespace GraphBuilder.Cli.Infrastructure;

/// <summary>A new, hidden temporary file beside an output target, open for writing.</summary>
/// <param name="Path">Where the temporary file is.</param>
/// <param name="Stream">The open stream; the caller disposes it.</param>
internal sealed record TempFile(string Path, Stream Stream)
{
    /// <summary>Creates the temporary file for <paramref name="target"/>; errors name <paramref name="shownAs"/> and its folder, not the temporary name.</summary>
    public static TempFile Create(string target, string shownAs)
    {
        var dir = System.IO.Path.GetDirectoryName(target)!;
        var tmp = System.IO.Path.Combine(dir, "." + System.IO.Path.GetFileName(target) + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            return new TempFile(tmp, new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{shownAs}: cannot write in the folder {dir} ({Reason(e)})", e);
        }
    }

    /// <summary>Removes a temporary file, ignoring failure (it is hidden and named as ours).</summary>
    public static void Delete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    // .NET's messages repeat the temporary path ("Access to the path '/x/.out.tmp-1-ab' is denied."), which only confuses.
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException or FileNotFoundException => "it cannot hold files",
        _ => e.Message,
    };
}
