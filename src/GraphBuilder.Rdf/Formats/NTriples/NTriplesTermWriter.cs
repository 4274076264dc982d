using System.Buffers;
using System.Globalization;

namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Serialises single terms in the N-Triples grammar, which the Turtle, TriG and N-Quads writers share for
/// full IRIs and quoted strings. Lexical forms are written exactly as they are (no canonicalisation).
/// </summary>
public static class NTriplesTermWriter
{
    // Characters that end the fast path: IRIREF's excluded set, and for strings the ECHARs, control characters
    // and surrogates (whose pairing is then checked).
    private static readonly SearchValues<char> IriSpecial = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    private static readonly SearchValues<char> StringSpecial = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\"\\" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>Writes <c>&lt;iri&gt;</c>, escaping with <c>\uXXXX</c> every character IRIREF does not allow.</summary>
    public static void WriteIri(TextWriter w, string iri)
    {
        w.Write('<');
        if (iri.AsSpan().IndexOfAny(IriSpecial) < 0)
        {
            w.Write(iri);
            w.Write('>');
            return;
        }
        int start = 0;
        for (int i = 0; i < iri.Length; i++)
        {
            char c = iri[i];
            if (!NeedsIriEscape(c)) continue;
            if (i > start) w.Write(iri.AsSpan(start, i - start));
            WriteUchar(w, c);
            start = i + 1;
        }
        if (start < iri.Length) w.Write(iri.AsSpan(start));
        w.Write('>');
    }

    /// <summary>Writes a double-quoted string: <c>\" \\ \n \r</c> as ECHAR, other control characters and unpaired surrogates as <c>\uXXXX</c>.</summary>
    public static void WriteQuoted(TextWriter w, string value)
    {
        w.Write('"');
        if (value.AsSpan().IndexOfAny(StringSpecial) < 0)
        {
            w.Write(value);
            w.Write('"');
            return;
        }
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            string? echar = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => null,
            };
            bool uchar = echar == null && (c < 0x20 || c == 0x7F || IsUnpairedSurrogate(value, i));
            if (echar == null && !uchar)
            {
                if (char.IsHighSurrogate(c)) i++; // keep the pair together
                continue;
            }
            if (i > start) w.Write(value.AsSpan(start, i - start));
            if (echar != null) w.Write(echar); else WriteUchar(w, c);
            start = i + 1;
        }
        if (start < value.Length) w.Write(value.AsSpan(start));
        w.Write('"');
    }

    /// <summary>Writes a literal: <c>"v"</c> for xsd:string, <c>"v"@lang</c>, else <c>"v"^^&lt;dt&gt;</c>.</summary>
    public static void WriteLiteral(TextWriter w, ILiteralNode lit)
    {
        WriteQuoted(w, lit.Value);
        if (lit.Language.Length > 0)
        {
            w.Write('@');
            w.Write(lit.Language);
        }
        else if (!string.Equals(lit.DataType, Vocab.XsdString, StringComparison.Ordinal))
        {
            w.Write("^^");
            WriteIri(w, lit.DataType);
        }
    }

    /// <summary>Writes any term; blank nodes get <paramref name="blankLabel"/>'s label (default: <see cref="SafeBlankLabel"/> of their id).</summary>
    public static void WriteTerm(TextWriter w, INode node, Func<IBlankNode, string>? blankLabel = null)
    {
        switch (node)
        {
            case IUriNode u: WriteIri(w, u.Uri); break;
            case ILiteralNode l: WriteLiteral(w, l); break;
            case IBlankNode b:
                w.Write("_:");
                w.Write(blankLabel != null ? blankLabel(b) : SafeBlankLabel(b.InternalID));
                break;
            default: throw new RdfException($"cannot write term of type {node.GetType().Name}");
        }
    }

    /// <summary>
    /// The id itself when it is a valid BLANK_NODE_LABEL (ASCII letters, digits, '_', '-', '.', not ending in '.'),
    /// else an encoding <c>hex</c> + UTF-16 code units in hex, which is always valid and distinct for distinct ids.
    /// </summary>
    public static string SafeBlankLabel(string id)
    {
        if (IsSimpleBlankLabel(id)) return id;
        var sb = new System.Text.StringBuilder("hex", 3 + id.Length * 4);
        foreach (char c in id) sb.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>True for labels made of ASCII letters, digits, '_', '-' and '.', starting with a letter, digit or '_' and not ending in '.'.</summary>
    public static bool IsSimpleBlankLabel(string id)
    {
        if (id.Length == 0) return false;
        if (!(char.IsAsciiLetterOrDigit(id[0]) || id[0] == '_')) return false;
        if (id[^1] == '.') return false;
        if (id.StartsWith("hex", StringComparison.Ordinal)) return false; // reserved for encoded labels
        foreach (char c in id)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) return false;
        return true;
    }

    internal static bool NeedsIriEscape(char c) =>
        c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    private static bool IsUnpairedSurrogate(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        return false;
    }

    private static void WriteUchar(TextWriter w, char c)
    {
        w.Write("\\u");
        w.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
    }
}
