using System.Globalization;
using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>
/// Parses one RDF term written in Turtle syntax without prefixes, as cells of the TSV results format hold them:
/// <c>&lt;iri&gt;</c>, <c>_:label</c>, quoted literals (single, double, long) with <c>@lang</c> or <c>^^&lt;dt&gt;</c>,
/// bare integers, decimals, doubles and booleans.
/// </summary>
public static class SparqlTermParser
{
    /// <summary>Parses <paramref name="text"/> as exactly one term.</summary>
    /// <exception cref="FormatException">When the text is not one term; the message says why.</exception>
    public static INode Parse(string text)
    {
        int pos = 0;
        var node = ParseAt(text, ref pos);
        if (pos != text.Length) throw new FormatException($"unexpected '{text[pos..]}' after the term");
        return node;
    }

    private static INode ParseAt(string s, ref int pos)
    {
        if (pos >= s.Length) throw new FormatException("empty term");
        char c = s[pos];
        if (c == '<')
        {
            return new UriNode(ParseIri(s, ref pos));
        }
        if (c == '_' && pos + 1 < s.Length && s[pos + 1] == ':')
        {
            int start = pos + 2;
            pos = start;
            while (pos < s.Length && (char.IsLetterOrDigit(s[pos]) || s[pos] is '_' or '-' or '.' || char.IsSurrogate(s[pos]))) pos++;
            while (pos > start && s[pos - 1] == '.') pos--;
            if (pos == start) throw new FormatException("blank node without a label");
            return new BlankNode(s[start..pos]);
        }
        if (c == '"' || c == '\'')
        {
            string lexical = ParseString(s, ref pos);
            if (pos < s.Length && s[pos] == '@')
            {
                int start = ++pos;
                while (pos < s.Length && (char.IsAsciiLetterOrDigit(s[pos]) || s[pos] == '-')) pos++;
                if (pos == start) throw new FormatException("empty language tag");
                return new LiteralNode(lexical, null, s[start..pos]);
            }
            if (pos + 1 < s.Length && s[pos] == '^' && s[pos + 1] == '^')
            {
                pos += 2;
                if (pos >= s.Length || s[pos] != '<') throw new FormatException("a datatype must be an <IRI> (no prefixes in TSV results)");
                return new LiteralNode(lexical, ParseIri(s, ref pos));
            }
            return new LiteralNode(lexical);
        }
        int end = s.Length;
        string rest = s[pos..end];
        pos = end;
        if (rest is "true" or "false") return new LiteralNode(rest, Vocab.XsdBoolean);
        if (SparqlTermSyntax.IsBareLiteral(rest, Vocab.XsdInteger)) return new LiteralNode(rest, Vocab.XsdInteger);
        if (SparqlTermSyntax.IsBareLiteral(rest, Vocab.XsdDecimal)) return new LiteralNode(rest, Vocab.XsdDecimal);
        if (SparqlTermSyntax.IsBareLiteral(rest, Vocab.XsdDouble)) return new LiteralNode(rest, Vocab.XsdDouble);
        throw new FormatException($"not an RDF term: '{rest}'");
    }

    private static string ParseIri(string s, ref int pos)
    {
        var sb = new StringBuilder();
        pos++; // '<'
        while (pos < s.Length && s[pos] != '>')
        {
            if (s[pos] == '\\') sb.Append(ParseUnicodeEscape(s, ref pos));
            else sb.Append(s[pos++]);
        }
        if (pos >= s.Length) throw new FormatException("IRI without closing '>'");
        pos++;
        return sb.ToString();
    }

    private static string ParseString(string s, ref int pos)
    {
        char q = s[pos];
        bool longForm = pos + 2 < s.Length && s[pos + 1] == q && s[pos + 2] == q;
        pos += longForm ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (pos >= s.Length) throw new FormatException("literal without closing quote");
            char c = s[pos];
            if (c == '\\')
            {
                if (pos + 1 >= s.Length) throw new FormatException("dangling '\\'");
                char e = s[pos + 1];
                switch (e)
                {
                    case 't': sb.Append('\t'); pos += 2; break;
                    case 'n': sb.Append('\n'); pos += 2; break;
                    case 'r': sb.Append('\r'); pos += 2; break;
                    case 'b': sb.Append('\b'); pos += 2; break;
                    case 'f': sb.Append('\f'); pos += 2; break;
                    case '"': sb.Append('"'); pos += 2; break;
                    case '\'': sb.Append('\''); pos += 2; break;
                    case '\\': sb.Append('\\'); pos += 2; break;
                    case 'u' or 'U': sb.Append(ParseUnicodeEscape(s, ref pos)); break;
                    default: throw new FormatException($"unknown escape '\\{e}'");
                }
                continue;
            }
            if (c == q)
            {
                if (!longForm) { pos++; return sb.ToString(); }
                if (pos + 2 < s.Length && s[pos + 1] == q && s[pos + 2] == q)
                {
                    // In a long string up to two quotes may directly precede the closing three.
                    int run = 0;
                    while (pos + run < s.Length && s[pos + run] == q) run++;
                    sb.Append(q, run - 3);
                    pos += run;
                    return sb.ToString();
                }
            }
            sb.Append(c);
            pos++;
        }
    }

    private static string ParseUnicodeEscape(string s, ref int pos)
    {
        if (pos + 1 >= s.Length || (s[pos + 1] != 'u' && s[pos + 1] != 'U')) throw new FormatException("only \\u and \\U escapes are allowed here");
        int len = s[pos + 1] == 'u' ? 4 : 8;
        if (pos + 2 + len > s.Length || !int.TryParse(s.AsSpan(pos + 2, len), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            throw new FormatException("bad \\u escape");
        pos += 2 + len;
        return char.ConvertFromUtf32(cp);
    }
}
