using System.Text;

namespace GraphBuilder.Cli.Infrastructure;

/// <summary>
/// Writes an output file so that it appears whole or not at all: the content goes to a temporary file beside the
/// target, which is renamed over it only when writing succeeded. "-" means standard output. A symbolic link is
/// followed (the file it points to is replaced, the link stays); a device such as /dev/null is written in place.
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
            using var stdout = new OutputStream(Console.OpenStandardOutput(), "standard output");
            write(stdout);
            stdout.Flush();
            return;
        }
        var target = Target(path);
        if (FilePaths.IsDevice(target))
        {
            using var device = OpenDevice(target, path);
            write(device);
            return;
        }
        var tmp = TempFile.Create(target, path);
        try
        {
            using (var fs = new OutputStream(tmp.Stream, path))
            {
                write(fs);
            }
            Commit(tmp.Path, target, path);
        }
        catch
        {
            TempFile.Delete(tmp.Path);
            throw;
        }
    }

    /// <summary>
    /// Writes several files as one: every content goes to its temporary file first, and only when all were written
    /// are they renamed over their targets. A failure while writing leaves none of the targets changed (used for
    /// the two tables of a CSV export, which must match). Standard output is not allowed here.
    /// </summary>
    public static void WriteTexts(IReadOnlyList<(string Path, Action<TextWriter> Write)> files)
    {
        var pending = new List<(string Tmp, string Target, string Shown)>();
        try
        {
            foreach (var (path, write) in files)
            {
                if (path == "-") throw new ArgumentException("these outputs are several files: give file names, not -");
                var target = Target(path);
                void Fill(Stream s)
                {
                    using var w = new StreamWriter(s, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
                    write(w);
                    w.Flush();
                }
                if (FilePaths.IsDevice(target))
                {
                    using var device = OpenDevice(target, path);
                    Fill(device);
                    continue;
                }
                var tmp = TempFile.Create(target, path);
                pending.Add((tmp.Path, target, path));
                using var fs = new OutputStream(tmp.Stream, path);
                Fill(fs);
            }
        }
        catch
        {
            foreach (var p in pending) TempFile.Delete(p.Tmp);
            throw;
        }
        // Renames do not fail for want of space; should one fail anyway, the rest are still cleaned up.
        for (int i = 0; i < pending.Count; i++)
        {
            try { Commit(pending[i].Tmp, pending[i].Target, pending[i].Shown); }
            catch
            {
                foreach (var p in pending.Skip(i)) TempFile.Delete(p.Tmp);
                throw;
            }
        }
    }

    /// <summary>
    /// The file to replace for <paramref name="path"/> (symbolic links followed), after checking that its folder
    /// exists and that it is not itself a folder.
    /// </summary>
    /// <exception cref="IOException">With a message naming <paramref name="path"/>.</exception>
    internal static string Target(string path)
    {
        var target = FilePaths.Canonical(path);
        if (Directory.Exists(target)) throw new IOException($"{path}: is a folder; give the output a file name");
        var dir = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(dir)) throw new IOException($"{path}: the output folder {Path.GetDirectoryName(Path.GetFullPath(path))} does not exist");
        return target;
    }

    /// <summary>A device (/dev/null, /dev/stdout) opened to be written in place; a rename over it would replace the device.</summary>
    private static OutputStream OpenDevice(string target, string shownAs) =>
        new(new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), shownAs);

    /// <summary>Renames a finished temporary file over <paramref name="target"/>.</summary>
    internal static void Commit(string tmp, string target, string shownAs)
    {
        try { TempFile.MoveTo(tmp, target); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{shownAs}: cannot replace the file: {e.Message}", e);
        }
    }
}
