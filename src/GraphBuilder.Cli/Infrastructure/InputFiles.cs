namespace GraphBuilder.Cli.Infrastructure;

/// <summary>Checks that an input path names a readable file, so a folder or a typo gets a plain message, not .NET's "Access to the path is denied".</summary>
public static class InputFiles
{
    /// <summary>Returns <paramref name="path"/> when it is an existing file ("-", standard input, passes too).</summary>
    /// <exception cref="FileNotFoundException">When nothing is there.</exception>
    /// <exception cref="IOException">When it is a folder.</exception>
    public static string Require(string path)
    {
        if (path == "-" || File.Exists(path)) return path;
        if (Directory.Exists(path)) throw new IOException($"{path}: is a folder, expected a file");
        throw new FileNotFoundException($"{path}: no such file", path);
    }
}
