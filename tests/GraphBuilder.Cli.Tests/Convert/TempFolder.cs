namespace GraphBuilder.Cli.Tests.Convert;

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "gb-convert-" + Guid.NewGuid().ToString("N")[..12]);

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
