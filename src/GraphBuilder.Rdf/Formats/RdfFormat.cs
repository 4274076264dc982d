namespace GraphBuilder.Rdf.Formats;

/// <summary>The RDF syntaxes GraphBuilder reads and writes.</summary>
public enum RdfFormat
{
    /// <summary>N-Triples (.nt).</summary>
    NTriples,
    /// <summary>N-Quads (.nq).</summary>
    NQuads,
    /// <summary>Turtle (.ttl).</summary>
    Turtle,
    /// <summary>TriG (.trig).</summary>
    TriG,
    /// <summary>JSON-LD (.jsonld), written only.</summary>
    JsonLd,
}

/// <summary>Names and file extensions of <see cref="RdfFormat"/>s, as the command line spells them.</summary>
public static class RdfFormatNames
{
    /// <summary>The command-line names: ntriples, nquads, turtle, trig, jsonld.</summary>
    public static readonly IReadOnlyList<string> Names = ["ntriples", "nquads", "turtle", "trig", "jsonld"];

    /// <summary>Parses a command-line format name; throws <see cref="ArgumentException"/> for an unknown one.</summary>
    public static RdfFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "ntriples" or "nt" => RdfFormat.NTriples,
        "nquads" or "nq" => RdfFormat.NQuads,
        "turtle" or "ttl" => RdfFormat.Turtle,
        "trig" => RdfFormat.TriG,
        "jsonld" or "json-ld" => RdfFormat.JsonLd,
        _ => throw new ArgumentException($"unknown RDF format '{name}' (expected one of: {string.Join(", ", Names)})"),
    };

    /// <summary>The format a file extension stands for, or null.</summary>
    public static RdfFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".nt" => RdfFormat.NTriples,
        ".nq" => RdfFormat.NQuads,
        ".ttl" => RdfFormat.Turtle,
        ".trig" => RdfFormat.TriG,
        ".jsonld" => RdfFormat.JsonLd,
        _ => null,
    };

    /// <summary>The usual file extension (with the dot).</summary>
    public static string Extension(RdfFormat f) => f switch
    {
        RdfFormat.NTriples => ".nt",
        RdfFormat.NQuads => ".nq",
        RdfFormat.Turtle => ".ttl",
        RdfFormat.TriG => ".trig",
        _ => ".jsonld",
    };

    /// <summary>True for syntaxes that carry named graphs.</summary>
    public static bool IsQuadFormat(RdfFormat f) => f is RdfFormat.NQuads or RdfFormat.TriG or RdfFormat.JsonLd;
}
