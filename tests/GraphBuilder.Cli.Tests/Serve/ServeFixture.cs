namespace GraphBuilder.Cli.Tests.Serve;

/// <summary>A small knowledge graph written to a temporary folder, served once for all tests of a class.</summary>
public sealed class ServeFixture : IDisposable
{
    /// <summary>Six people with names and one meeting; blank nodes and a language tag for the formats to carry.</summary>
    public const string Data = """
        @prefix ex: <http://example.org/kg/> .
        @prefix schema: <https://schema.org/> .
        @prefix gb: <https://w3id.org/graphbuilder/ns#> .

        ex:merz a schema:Person ; schema:name "Friedrich Merz" ; gb:role "Bundeskanzler"@de .
        ex:macron a schema:Person ; schema:name "Emmanuel Macron" .
        ex:tusk a schema:Person ; schema:name "Donald Tusk" .
        ex:sanchez a schema:Person ; schema:name "Pedro Sánchez" .
        ex:meloni a schema:Person ; schema:name "Giorgia Meloni" .
        ex:starmer a schema:Person ; schema:name "Keir Starmer" .
        ex:event1 gb:actor ex:merz ; gb:target ex:macron ; gb:cameo "040" ; gb:evidence [ gb:text "Merz traf Macron, sagte er." ] .
        """;

    public const int MaxResults = 5;

    private readonly string _dir;

    public ServeFixture()
    {
        _dir = Path.Combine(Path.GetTempPath(), "gb-serve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        DataFile = Path.Combine(_dir, "kg.ttl");
        File.WriteAllText(DataFile, Data);
        Server = ServerProcess.Start([DataFile, "--max-results", MaxResults.ToString(), "--timeout", "60"]);
    }

    public string DataFile { get; }

    public ServerProcess Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
