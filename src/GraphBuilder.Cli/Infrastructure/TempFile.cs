using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace GraphBuilder.Cli.Infrastructure;

/// <summary>
/// A new, hidden temporary file beside an output target, open for writing. Until it is renamed or deleted it is
/// registered, so that a termination signal (Ctrl-C, SIGTERM, a closed terminal) removes it on the way out instead of
/// leaving a hidden half-written file behind.
/// </summary>
/// <param name="Path">Where the temporary file is.</param>
/// <param name="Stream">The open stream; the caller disposes it.</param>
internal sealed record TempFile(string Path, Stream Stream)
{
    private static readonly ConcurrentDictionary<string, byte> Active = new(StringComparer.Ordinal);

    // Registered once, on first use; the handlers leave the signal's default action (ending the process) in place.
    private static readonly Lazy<PosixSignalRegistration[]> SignalHandlers = new(() =>
        [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, _ => DeleteAll()))]);

    /// <summary>Creates the temporary file for <paramref name="target"/>; errors name <paramref name="shownAs"/> and its folder, not the temporary name.</summary>
    public static TempFile Create(string target, string shownAs)
    {
        _ = SignalHandlers.Value;
        var dir = System.IO.Path.GetDirectoryName(target)!;
        var tmp = System.IO.Path.Combine(dir, "." + System.IO.Path.GetFileName(target) + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var stream = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            Active[tmp] = 0;
            return new TempFile(tmp, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{shownAs}: cannot write in the folder {dir} ({Reason(e)})", e);
        }
    }

    /// <summary>Renames a finished temporary file over <paramref name="target"/> (it is no longer ours to clean up).</summary>
    public static void MoveTo(string path, string target)
    {
        File.Move(path, target, overwrite: true);
        Active.TryRemove(path, out _);
    }

    /// <summary>Removes a temporary file, ignoring failure (it is hidden and named as ours).</summary>
    public static void Delete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        Active.TryRemove(path, out _);
    }

    private static void DeleteAll()
    {
        foreach (var path in Active.Keys) Delete(path);
    }

    // .NET's messages repeat the temporary path ("Access to the path '/x/.out.tmp-1-ab' is denied."), which only confuses.
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException or FileNotFoundException => "it cannot hold files",
        _ => e.Message,
    };
}
