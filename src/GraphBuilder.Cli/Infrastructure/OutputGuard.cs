namespace GraphBuilder.Cli.Infrastructure;

/// <summary>
/// Checks an output path before any work is done: its folder must exist, it must not be a folder, and it must not be
/// one of the inputs (directly or through a symbolic link): <c>query -d kg.ttl -o kg.ttl</c> would otherwise replace
/// the data with the query's answer. Checking first also spares a long <c>build</c> that could not be saved.
/// </summary>
public static class OutputGuard
{
    /// <summary>Throws when <paramref name="output"/> cannot be written or is the same file as one of <paramref name="inputs"/> ("-", standard input/output, never clashes).</summary>
    /// <exception cref="IOException">Naming the output (and the input it clashes with).</exception>
    public static void Check(string output, IEnumerable<string?> inputs)
    {
        if (output == "-") return;
        var target = AtomicFile.Target(output);
        // Devices (/dev/null, /dev/stdout) are not files that could be lost, and reading /dev/stdin while writing
        // /dev/stdout is fine.
        if (FilePaths.IsDevice(target)) return;
        foreach (var input in inputs)
        {
            if (input is null or "-") continue;
            if (string.Equals(FilePaths.Canonical(input), target, PathComparison))
                throw new IOException(input == output
                    ? $"{output}: is also an input; refusing to overwrite it, choose another output file"
                    : $"{output}: is also an input ({input}); refusing to overwrite it, choose another output file");
        }
    }

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
