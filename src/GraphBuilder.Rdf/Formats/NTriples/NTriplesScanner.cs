using System.Buffers;
using System.Text;
using GraphBuilder.Rdf.Formats.Parsing;

namespace GraphBuilder.Rdf.Formats.NTriples;

/// <summary>
/// The hand-written line scanner behind <see cref="NTriplesParser"/> and <see cref="NQuadsParser"/>. N-Triples puts
/// one statement on a line, so the scanner keeps whole lines in a growable char buffer and parses each line as a span:
/// no per-character virtual calls, vectorised searches for the ends of IRIs and strings, and a cache of IRI nodes.
/// </summary>
internal sealed class NTriplesScanner
{
    private const int InitialBuffer = 1 << 16;

    /// <summary>Stops an IRIREF fast scan: its end, an escape, or a character IRIREF forbids.</summary>
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " <>\"{}|^`\\");

    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\");

    private readonly bool _quads;
    private readonly IRdfHandler _handler;
    private readonly string? _source;
    private readonly IriCache _iris = new();
    private readonly BlankNodeScope _blanks = new();
    private readonly Dictionary<string, string> _langs = new(StringComparer.Ordinal);
    private readonly StringBuilder _sb = new();
    private long _line = 1;
    private bool _stopped;

    public NTriplesScanner(IRdfHandler handler, bool quads, string? source)
    {
        _handler = handler;
        _quads = quads;
        _source = source;
    }

    /// <summary>Reads every line of <paramref name="input"/>.</summary>
    public void Run(TextReader input)
    {
        var buf = new char[InitialBuffer];
        int start = 0, len = 0, scanFrom = 0;
        bool eof = false, lastWasCr = false;
        while (!_stopped)
        {
            int idx = scanFrom < len ? buf.AsSpan(scanFrom, len - scanFrom).IndexOfAny('\n', '\r') : -1;
            if (idx < 0)
            {
                if (eof)
                {
                    if (start < len) ParseLine(buf.AsSpan(start, len - start));
                    return;
                }
                if (start > 0)
                {
                    Array.Copy(buf, start, buf, 0, len - start);
                    len -= start;
                    start = 0;
                }
                scanFrom = len;
                if (len == buf.Length) Array.Resize(ref buf, buf.Length * 2);
                int n = input.Read(buf, len, buf.Length - len);
                if (n == 0) eof = true; else len += n;
                continue;
            }
            int eol = scanFrom + idx;
            char term = buf[eol];
            if (eol == start && term == '\n' && lastWasCr)
            {
                // The LF of a CRLF pair: the line was counted at the CR.
            }
            else
            {
                if (eol > start) ParseLine(buf.AsSpan(start, eol - start));
                _line++;
            }
            lastWasCr = term == '\r';
            start = scanFrom = eol + 1;
        }
    }

    private RdfParseException Error(string message, int index) => new(message, _line, index + 1, _source);

    private static int SkipWs(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i;
    }

    private void ParseLine(ReadOnlySpan<char> s)
    {
        int i = SkipWs(s, 0);
        if (i == s.Length || s[i] == '#') return;
        if (i == 0 && s[0] == '\uFEFF' && _line == 1) { i = SkipWs(s, 1); if (i == s.Length || s[i] == '#') return; }

        INode subject = s[i] switch
        {
            '<' => ParseIri(s, ref i),
            '_' => ParseBlank(s, ref i),
            _ => throw Error("expected a subject (IRI or blank node), found " + TermSyntax.Show(s[i]), i),
        };
        i = SkipWs(s, i);
        if (i == s.Length || s[i] != '<') throw Error("expected a predicate IRI, found " + Found(s, i), i);
        INode predicate = ParseIri(s, ref i);
        i = SkipWs(s, i);
        if (i == s.Length) throw Error("expected an object, found end of line", i);
        INode obj = s[i] switch
        {
            '<' => ParseIri(s, ref i),
            '_' => ParseBlank(s, ref i),
            '"' => ParseLiteral(s, ref i),
            _ => throw Error("expected an object (IRI, blank node or literal), found " + TermSyntax.Show(s[i]), i),
        };
        i = SkipWs(s, i);
        INode? graph = null;
        if (_quads && i < s.Length && (s[i] == '<' || s[i] == '_'))
        {
            graph = s[i] == '<' ? ParseIri(s, ref i) : ParseBlank(s, ref i);
            i = SkipWs(s, i);
        }
        if (i == s.Length || s[i] != '.') throw Error("expected '.' at the end of the statement, found " + Found(s, i), i);
        i = SkipWs(s, i + 1);
        if (i < s.Length && s[i] != '#') throw Error("unexpected " + TermSyntax.Show(s[i]) + " after the end of the statement", i);
        if (!_handler.HandleQuad(new Quad(subject, predicate, obj, graph))) _stopped = true;
    }

    private static string Found(ReadOnlySpan<char> s, int i) => i < s.Length ? TermSyntax.Show(s[i]) : "end of line";

    private UriNode ParseIri(ReadOnlySpan<char> s, ref int i)
    {
        int open = i;
        var rest = s[(i + 1)..];
        int k = rest.IndexOfAny(IriStops);
        if (k < 0) throw Error("unterminated IRI", open);
        char stop = rest[k];
        if (stop == '>')
        {
            var text = rest[..k];
            i += k + 2;
            var cached = _iris.Find(text);
            if (cached != null) return cached;
            if (!TermSyntax.HasScheme(text)) throw Error($"relative IRI <{text}> is not allowed here", open);
            return _iris.Add(text.ToString());
        }
        if (stop != '\\') throw Error(TermSyntax.Show(stop) + " is not allowed in an IRI", open + 1 + k);
        return ParseEscapedIri(s, ref i);
    }

    private UriNode ParseEscapedIri(ReadOnlySpan<char> s, ref int i)
    {
        int open = i;
        _sb.Clear();
        int j = i + 1;
        while (true)
        {
            if (j >= s.Length) throw Error("unterminated IRI", open);
            char c = s[j];
            if (c == '>') break;
            if (c == '\\')
            {
                int digits = j + 1 < s.Length ? s[j + 1] switch { 'u' => 4, 'U' => 8, _ => 0 } : 0;
                if (digits == 0 || j + 2 + digits > s.Length) throw Error("only \\u and \\U escapes are allowed in an IRI", j);
                int cp = TermSyntax.AppendUnicodeEscape(_sb, s.Slice(j + 2, digits));
                if (cp < 0) throw Error("bad Unicode escape in IRI", j);
                if (CharClasses.IsForbiddenInIri(cp)) throw Error($"escaped character U+{cp:X4} is not allowed in an IRI", j);
                j += 2 + digits;
                continue;
            }
            if (CharClasses.IsForbiddenInIri(c)) throw Error(TermSyntax.Show(c) + " is not allowed in an IRI", j);
            _sb.Append(c);
            j++;
        }
        i = j + 1;
        var iri = _sb.ToString();
        if (!TermSyntax.HasScheme(iri)) throw Error($"relative IRI <{iri}> is not allowed here", open);
        return _iris.Get(iri);
    }

    private BlankNode ParseBlank(ReadOnlySpan<char> s, ref int i)
    {
        if (i + 1 >= s.Length || s[i + 1] != ':') throw Error("expected '_:' of a blank node label", i);
        int start = i + 2;
        if (start >= s.Length) throw Error("empty blank node label", start);
        int cp = TermSyntax.CodePointAt(s, start, out int w);
        if (!(CharClasses.IsPnCharsU(cp) || (uint)(cp - '0') <= 9)) throw Error(TermSyntax.Show(cp) + " cannot start a blank node label", start);
        int j = start + w, end = j;
        while (j < s.Length)
        {
            cp = TermSyntax.CodePointAt(s, j, out w);
            if (cp == '.') { j++; continue; }
            if (!CharClasses.IsPnChars(cp)) break;
            j += w;
            end = j;
        }
        i = end;
        return _blanks.Labelled(s[start..end]);
    }

    private LiteralNode ParseLiteral(ReadOnlySpan<char> s, ref int i)
    {
        int open = i;
        var rest = s[(i + 1)..];
        int k = rest.IndexOfAny(StringStops);
        if (k < 0) throw Error("unterminated string", open);
        string value;
        if (rest[k] == '"')
        {
            value = rest[..k].ToString();
            i += k + 2;
        }
        else
        {
            _sb.Clear();
            _sb.Append(rest[..k]);
            int j = i + 1 + k;
            while (true)
            {
                if (j >= s.Length) throw Error("unterminated string", open);
                char c = s[j];
                if (c == '"') break;
                if (c == '\\')
                {
                    if (j + 1 >= s.Length) throw Error("unterminated escape", j);
                    char e = s[j + 1];
                    if (e == 'u' || e == 'U')
                    {
                        int digits = e == 'u' ? 4 : 8;
                        if (j + 2 + digits > s.Length || TermSyntax.AppendUnicodeEscape(_sb, s.Slice(j + 2, digits)) < 0)
                            throw Error("bad Unicode escape in string", j);
                        j += 2 + digits;
                        continue;
                    }
                    int ch = TermSyntax.EscapedChar(e);
                    if (ch < 0) throw Error($"unknown escape '\\{e}' in string", j);
                    _sb.Append((char)ch);
                    j += 2;
                    continue;
                }
                _sb.Append(c);
                j++;
            }
            value = _sb.ToString();
            i = j + 1;
        }
        if (i < s.Length && s[i] == '@') return new LiteralNode(value, null, ParseLang(s, ref i));
        if (i + 1 < s.Length && s[i] == '^' && s[i + 1] == '^')
        {
            i += 2;
            if (i >= s.Length || s[i] != '<') throw Error("expected a datatype IRI after '^^'", i);
            return new LiteralNode(value, ParseIri(s, ref i).Uri);
        }
        return new LiteralNode(value);
    }

    private string ParseLang(ReadOnlySpan<char> s, ref int i)
    {
        int start = i + 1, j = start;
        while (j < s.Length && char.IsAsciiLetter(s[j])) j++;
        if (j == start) throw Error("empty language tag", i);
        while (j < s.Length && s[j] == '-')
        {
            int sub = j + 1;
            j = sub;
            while (j < s.Length && char.IsAsciiLetterOrDigit(s[j])) j++;
            if (j == sub) throw Error("empty language subtag", sub);
        }
        i = j;
        var tag = s[start..j];
        var lookup = _langs.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(tag, out var cached)) return cached;
        var str = tag.ToString();
        if (_langs.Count < 4096) _langs[str] = str;
        return str;
    }
}
