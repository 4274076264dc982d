namespace GraphBuilder.Cli.Tests.Infrastructure;

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder under the system's temporary folder, its name starting with <paramref name="prefix"/>.</summary>
    public TempFolder(string prefix = "gb-test-") => Root = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Root { get; }

    public string File(string name) => Path.Combine(Root, name);

    public string Write(string name, string text)
    {
        var p = File(name);
        System.IO.File.WriteAllText(p, text, new System.Text.UTF8Encoding(false));
        return p;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
