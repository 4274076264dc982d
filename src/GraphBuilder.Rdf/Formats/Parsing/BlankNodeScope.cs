using System.Globalization;

namespace GraphBuilder.Rdf.Formats.Parsing;

/// <summary>
/// Maps the blank node labels of one document to fresh identifiers. Every load gets its own prefix, so two documents
/// that both say <c>_:b1</c> and are loaded into one store keep two distinct blank nodes (RDF merge, not union).
/// </summary>
internal sealed class BlankNodeScope
{
    private static long _loads;
    private readonly string _prefix;
    private readonly Dictionary<string, BlankNode> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private long _next;

    /// <summary>Creates a scope with a fresh, process-unique prefix.</summary>
    public BlankNodeScope()
    {
        _prefix = "g" + Interlocked.Increment(ref _loads).ToString(CultureInfo.InvariantCulture) + "b";
        _bySpan = _labels.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The node for a label written in the document (same label, same node).</summary>
    public BlankNode Labelled(ReadOnlySpan<char> label)
    {
        if (_bySpan.TryGetValue(label, out var node)) return node;
        node = Fresh();
        _bySpan[label] = node;
        return node;
    }

    /// <summary>A node no label maps to (<c>[]</c>, collections, property lists).</summary>
    public BlankNode Fresh() => new(_prefix + (++_next).ToString(CultureInfo.InvariantCulture));
}
