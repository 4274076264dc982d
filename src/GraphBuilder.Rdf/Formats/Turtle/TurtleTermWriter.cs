using System.Text.RegularExpressions;

namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes single terms in Turtle/TriG: prefixed names where the local part is a legal PN_LOCAL, <c>a</c> for
/// rdf:type as a predicate, bare numbers and booleans only when the lexical form matches the Turtle grammar exactly,
/// and blank node labels in output order.
/// </summary>
internal sealed partial class TurtleTermWriter
{
    private readonly WriterPrefixTable _prefixes;
    private readonly BlankLabeller _labels;

    public TurtleTermWriter(WriterPrefixTable prefixes, BlankLabeller labels)
    {
        _prefixes = prefixes;
        _labels = labels;
    }

    [GeneratedRegex(@"\A[+-]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"\A[+-]?[0-9]*\.[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalForm();

    [GeneratedRegex(@"\A[+-]?(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleForm();

    /// <summary>Writes a predicate (<c>a</c> for rdf:type).</summary>
    public void WritePredicate(TextWriter w, INode p)
    {
        if (p is IUriNode u && u.Uri == Vocab.RdfType) w.Write('a');
        else WriteTerm(w, p);
    }

    /// <summary>Writes an IRI, blank node label or literal.</summary>
    public void WriteTerm(TextWriter w, INode n)
    {
        switch (n)
        {
            case IUriNode u: WriteIri(w, u.Uri); break;
            case IBlankNode b: w.Write("_:"); w.Write(_labels.Label(b)); break;
            case ILiteralNode l: WriteLiteral(w, l); break;
            default: throw new RdfException($"cannot write term of type {n.GetType().Name}");
        }
    }

    /// <summary>Writes a prefixed name when possible, else a full IRI.</summary>
    public void WriteIri(TextWriter w, string iri)
    {
        if (_prefixes.TryCompact(iri, TurtleNameWriter.IsValidLocal, out var prefix, out var local))
        {
            w.Write(prefix);
            w.Write(':');
            w.Write(local);
        }
        else NTriplesTermWriter.WriteIri(w, iri);
    }

    private void WriteLiteral(TextWriter w, ILiteralNode l)
    {
        if (l.Language.Length == 0 && IsShortForm(l.Value, l.DataType))
        {
            w.Write(l.Value);
            return;
        }
        NTriplesTermWriter.WriteQuoted(w, l.Value);
        if (l.Language.Length > 0)
        {
            w.Write('@');
            w.Write(l.Language);
        }
        else if (l.DataType != Vocab.XsdString)
        {
            w.Write("^^");
            WriteIri(w, l.DataType);
        }
    }

    /// <summary>True when the literal can be written bare: the Turtle reader gives it back with the same lexical form and datatype.</summary>
    internal static bool IsShortForm(string value, string datatype) => datatype switch
    {
        Vocab.XsdInteger => IntegerForm().IsMatch(value),
        Vocab.XsdDecimal => DecimalForm().IsMatch(value),
        Vocab.XsdDouble => DoubleForm().IsMatch(value),
        Vocab.XsdBoolean => value is "true" or "false",
        _ => false,
    };
}
