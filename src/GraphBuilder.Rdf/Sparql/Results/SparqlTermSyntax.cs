using System.Globalization;
using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>
/// Writes single RDF terms in N-Triples/Turtle syntax, as the TSV results format, the terminal table and
/// the N-Triples output of CONSTRUCT results need them.
/// </summary>
public static class SparqlTermSyntax
{
    /// <summary>The N-Triples form of a term: <c>&lt;iri&gt;</c>, <c>_:label</c>, <c>"lexical"</c>, <c>"lexical"@lang</c> or <c>"lexical"^^&lt;datatype&gt;</c>.</summary>
    public static string ToNTriples(INode node)
    {
        var sb = new StringBuilder();
        AppendNTriples(sb, node);
        return sb.ToString();
    }

    /// <summary>Appends the N-Triples form of <paramref name="node"/> to <paramref name="sb"/>.</summary>
    public static void AppendNTriples(StringBuilder sb, INode node)
    {
        switch (node)
        {
            case IUriNode u:
                AppendIri(sb, u.Uri);
                break;
            case IBlankNode b:
                sb.Append("_:").Append(SafeBlankLabel(b.InternalID));
                break;
            case ILiteralNode l:
                AppendQuoted(sb, l.Value);
                if (l.Language.Length > 0) sb.Append('@').Append(l.Language);
                else if (l.DataType != Vocab.XsdString) { sb.Append("^^"); AppendIri(sb, l.DataType); }
                break;
            default:
                throw new ArgumentException("unknown term kind: " + node.GetType().Name, nameof(node));
        }
    }

    /// <summary>
    /// The Turtle form of a term, using the bare forms of numbers and booleans when the lexical form allows it
    /// (<c>42</c>, <c>1.5</c>, <c>1e3</c>, <c>true</c>), as the SPARQL TSV format recommends.
    /// </summary>
    public static string ToTurtle(INode node)
    {
        if (node is ILiteralNode l && l.Language.Length == 0 && IsBareLiteral(l.Value, l.DataType)) return l.Value;
        return ToNTriples(node);
    }

    /// <summary>
    /// A short, readable form for people: IRIs as <c>prefix:local</c> when <paramref name="namespaces"/> has a
    /// namespace for them, bare numbers and booleans, datatypes shortened the same way.
    /// </summary>
    public static string ToReadable(INode node, INamespaceMapper? namespaces)
    {
        switch (node)
        {
            case IUriNode u:
                return ShortIri(u.Uri, namespaces);
            case ILiteralNode l when l.Language.Length == 0 && IsBareLiteral(l.Value, l.DataType):
                return l.Value;
            case ILiteralNode l:
            {
                var sb = new StringBuilder();
                AppendQuoted(sb, l.Value);
                if (l.Language.Length > 0) sb.Append('@').Append(l.Language);
                else if (l.DataType != Vocab.XsdString) sb.Append("^^").Append(ShortIri(l.DataType, namespaces));
                return sb.ToString();
            }
            default:
                return ToNTriples(node);
        }
    }

    private static string ShortIri(string iri, INamespaceMapper? namespaces)
    {
        if (namespaces != null && namespaces.TryReduce(iri, out var prefix, out var local) && IsSimpleLocalName(local))
            return prefix + ":" + local;
        var sb = new StringBuilder();
        AppendIri(sb, iri);
        return sb.ToString();
    }

    /// <summary>True for local names that read unambiguously after a prefix (letters, digits, '_', '-', '.', not ending in '.').</summary>
    private static bool IsSimpleLocalName(string local)
    {
        if (local.Length == 0) return true;
        if (local[^1] == '.') return false;
        foreach (char c in local)
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
        return true;
    }

    /// <summary>True when a literal of this datatype may be written bare in Turtle with exactly this lexical form.</summary>
    public static bool IsBareLiteral(string value, string datatype) => datatype switch
    {
        Vocab.XsdInteger => IsInteger(value, 0) == value.Length && value.Length > 0,
        Vocab.XsdDecimal => IsDecimal(value),
        Vocab.XsdDouble => IsDouble(value),
        Vocab.XsdBoolean => value is "true" or "false",
        _ => false,
    };

    // Turtle INTEGER: [+-]? [0-9]+ ; returns the end index or -1.
    private static int IsInteger(string s, int i)
    {
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i > start ? i : -1;
    }

    // Turtle DECIMAL: [+-]? [0-9]* '.' [0-9]+
    private static bool IsDecimal(string s)
    {
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i >= s.Length || s[i] != '.') return false;
        i++;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i > start && i == s.Length;
    }

    // Turtle DOUBLE: [+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)
    private static bool IsDouble(string s)
    {
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0 || i >= s.Length || (s[i] != 'e' && s[i] != 'E')) return false;
        return IsInteger(s, i + 1) == s.Length;
    }

    /// <summary>Appends <c>&lt;iri&gt;</c>, escaping the characters N-Triples does not allow inside an IRI as <c>\uXXXX</c>.</summary>
    public static void AppendIri(StringBuilder sb, string iri)
    {
        sb.Append('<');
        foreach (char c in iri)
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('>');
    }

    /// <summary>Appends a double-quoted string with N-Triples escapes (so it never contains a raw tab or line break).</summary>
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x7F) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>A blank node label that is valid in N-Triples (other characters become '_' plus their code).</summary>
    public static string SafeBlankLabel(string id)
    {
        bool ok = id.Length > 0 && (char.IsAsciiLetterOrDigit(id[0]) || id[0] == '_');
        for (int i = 1; ok && i < id.Length; i++)
            ok = char.IsAsciiLetterOrDigit(id[i]) || id[i] is '_' or '-' || (id[i] == '.' && i < id.Length - 1);
        if (ok) return id;
        var sb = new StringBuilder("x");
        foreach (char c in id)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else sb.Append('_').Append(((int)c).ToString("x", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
