namespace GraphBuilder.Rdf;

/// <summary>Checked creation of terms.</summary>
public static class NodeFactory
{
    private static long _blankCounter;

    /// <summary>An IRI term; throws <see cref="RdfException"/> when <paramref name="iri"/> is not an absolute IRI.</summary>
    public static UriNode Iri(string iri)
    {
        if (!IriResolver.IsAbsolute(iri)) throw new RdfException($"not an absolute IRI: <{iri}>");
        return new UriNode(iri);
    }

    /// <summary>A blank node with the given label.</summary>
    public static BlankNode Blank(string id) => new(id);

    /// <summary>A blank node with a fresh, process-unique label.</summary>
    public static BlankNode NewBlank() => new("b" + Interlocked.Increment(ref _blankCounter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A simple (xsd:string) literal.</summary>
    public static LiteralNode Literal(string value) => new(value);

    /// <summary>A typed literal.</summary>
    public static LiteralNode Typed(string value, string datatype) => new(value, datatype);

    /// <summary>A language-tagged literal.</summary>
    public static LiteralNode Lang(string value, string language) => new(value, null, language);
}
