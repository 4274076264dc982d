using System.Text;

namespace GraphBuilder.Cli.Infrastructure;

/// <summary>
/// Writes an output file so that it appears whole or not at all: the content goes to a temporary file beside the
/// target, which is renamed over it only when writing succeeded. "-" means standard output.
/// </summary>
public static class AtomicFile
{
    /// <summary>UTF-8 without BOM, LF line ends: the same bytes on every machine.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Writes text through <paramref name="write"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        WriteStream(path, stream =>
        {
            using var w = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(w);
            w.Flush();
        });

    /// <summary>Writes bytes through <paramref name="write"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteStream(string path, Action<Stream> write)
    {
        if (path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new IOException($"output folder does not exist: {dir}");
        var tmp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(fs);
            }
            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(tmp); } catch (IOException) { }
            throw;
        }
    }
}
