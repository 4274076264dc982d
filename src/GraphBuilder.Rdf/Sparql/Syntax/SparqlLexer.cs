using System.Globalization;
using System.Text;

namespace GraphBuilder.Rdf.Sparql.Syntax;

/// <summary>Splits SPARQL text into tokens (SPARQL 1.1 section 19.8 terminals).</summary>
internal sealed class SparqlLexer
{
    private readonly string _text;
    private int _pos;

    public SparqlLexer(string text) => _text = text;

    public List<Token> Tokenize()
    {
        var list = new List<Token>();
        while (true)
        {
            var t = Next();
            list.Add(t);
            if (t.Kind == TokenKind.Eof) return list;
        }
    }

    public SparqlParseException Error(string message, int offset)
    {
        var (line, col) = Position(_text, offset);
        return new SparqlParseException(message, line, col);
    }

    public static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, col = 1;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; col = 1; } else col++;
        }
        return (line, col);
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '#') { while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r') _pos++; }
            else if (c is ' ' or '\t' or '\n' or '\r') _pos++;
            else break;
        }
    }

    private Token Next()
    {
        SkipSpace();
        int start = _pos;
        if (_pos >= _text.Length) return new Token(TokenKind.Eof, "", start);
        char c = _text[_pos];
        switch (c)
        {
            case '<':
                if (TryIri(out var iri)) return new Token(TokenKind.IriRef, iri, start);
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.Punct, "<=", start); }
                _pos++; return new Token(TokenKind.Punct, "<", start);
            case '>':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.Punct, ">=", start); }
                _pos++; return new Token(TokenKind.Punct, ">", start);
            case '!':
                if (Peek(1) == '=') { _pos += 2; return new Token(TokenKind.Punct, "!=", start); }
                _pos++; return new Token(TokenKind.Punct, "!", start);
            case '&':
                if (Peek(1) == '&') { _pos += 2; return new Token(TokenKind.Punct, "&&", start); }
                throw Error("unexpected '&'", start);
            case '|':
                if (Peek(1) == '|') { _pos += 2; return new Token(TokenKind.Punct, "||", start); }
                _pos++; return new Token(TokenKind.Punct, "|", start);
            case '^':
                if (Peek(1) == '^') { _pos += 2; return new Token(TokenKind.Punct, "^^", start); }
                _pos++; return new Token(TokenKind.Punct, "^", start);
            case '{': case '}': case '(': case ')': case '[': case ']': case ';': case ',': case '*': case '/': case '=': case '+': case '-':
                _pos++; return new Token(TokenKind.Punct, c.ToString(), start);
            case '.':
                if (char.IsAsciiDigit(Peek(1))) return Number(start);
                _pos++; return new Token(TokenKind.Punct, ".", start);
            case '?': case '$':
                if (IsVarChar(Peek(1), true))
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && IsVarChar(_text[_pos], false)) _pos++;
                    return new Token(TokenKind.Variable, _text[s.._pos], start);
                }
                if (c == '$') throw Error("'$' must start a variable name", start);
                _pos++; return new Token(TokenKind.Punct, "?", start);
            case '"': case '\'':
                return StringLiteral(start);
            case '@':
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos])) _pos++;
                    if (_pos == s) throw Error("empty language tag", start);
                    while (_pos < _text.Length && _text[_pos] == '-' && _pos + 1 < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos + 1]))
                    {
                        _pos++;
                        while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos])) _pos++;
                    }
                    return new Token(TokenKind.LangTag, _text[s.._pos], start);
                }
            case '_':
                if (Peek(1) == ':') return BlankLabel(start);
                break;
        }
        if (char.IsAsciiDigit(c)) return Number(start);
        if (c == ':' || IsPnCharsBase(c)) return NameOrPrefixed(start);
        throw Error($"unexpected character '{c}'", start);
    }

    private bool TryIri(out string iri)
    {
        var sb = new StringBuilder();
        int p = _pos + 1;
        while (p < _text.Length)
        {
            char c = _text[p];
            if (c == '>') { _pos = p + 1; iri = sb.ToString(); return true; }
            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`') break;
            if (c == '\\')
            {
                if (p + 1 < _text.Length && (_text[p + 1] == 'u' || _text[p + 1] == 'U'))
                {
                    int n = _text[p + 1] == 'u' ? 4 : 8;
                    if (p + 2 + n > _text.Length || !int.TryParse(_text.AsSpan(p + 2, n), NumberStyles.HexNumber, null, out int cp) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) break;
                    sb.Append(char.ConvertFromUtf32(cp));
                    p += 2 + n;
                    continue;
                }
                break;
            }
            sb.Append(c);
            p++;
        }
        iri = "";
        return false;
    }

    private Token Number(int start)
    {
        bool dot = false, exp = false;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        if (_pos < _text.Length && _text[_pos] == '.' && (_pos + 1 < _text.Length && (char.IsAsciiDigit(_text[_pos + 1]) || ((_text[_pos + 1] is 'e' or 'E') && _pos > start))))
        {
            dot = true;
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        }
        if (_pos < _text.Length && (_text[_pos] is 'e' or 'E'))
        {
            int save = _pos;
            _pos++;
            if (_pos < _text.Length && (_text[_pos] is '+' or '-')) _pos++;
            if (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
                exp = true;
            }
            else _pos = save;
        }
        var text = _text[start.._pos];
        return new Token(exp ? TokenKind.Double : dot ? TokenKind.Decimal : TokenKind.Integer, text, start);
    }

    private Token StringLiteral(int start)
    {
        char q = _text[_pos];
        bool longForm = Peek(1) == q && Peek(2) == q;
        _pos += longForm ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string", start);
            char c = _text[_pos];
            if (longForm)
            {
                if (c == q && Peek(1) == q && Peek(2) == q)
                {
                    // A long string may end with up to two quote characters before the closing three.
                    while (Peek(3) == q) { sb.Append(q); _pos++; }
                    _pos += 3;
                    break;
                }
            }
            else
            {
                if (c == q) { _pos++; break; }
                if (c is '\n' or '\r') throw Error("line break in a short string", _pos);
            }
            if (c == '\\')
            {
                char e = Peek(1);
                _pos += 2;
                switch (e)
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '\\': sb.Append('\\'); break;
                    case 'u': case 'U':
                        {
                            int n = e == 'u' ? 4 : 8;
                            if (_pos + n > _text.Length || !int.TryParse(_text.AsSpan(_pos, n), NumberStyles.HexNumber, null, out int cp) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                                throw Error("bad \\u escape", _pos - 2);
                            sb.Append(char.ConvertFromUtf32(cp));
                            _pos += n;
                            break;
                        }
                    default: throw Error($"bad escape '\\{e}'", _pos - 2);
                }
                continue;
            }
            sb.Append(c);
            _pos++;
        }
        return new Token(TokenKind.String, sb.ToString(), start);
    }

    private Token BlankLabel(int start)
    {
        _pos += 2;
        int s = _pos;
        if (_pos >= _text.Length || !(IsPnCharsU(_text[_pos]) || char.IsAsciiDigit(_text[_pos]))) throw Error("bad blank node label", start);
        _pos++;
        while (_pos < _text.Length && (IsPnChars(_text[_pos]) || _text[_pos] == '.')) _pos++;
        while (_text[_pos - 1] == '.') _pos--;
        return new Token(TokenKind.BlankNodeLabel, _text[s.._pos], start);
    }

    private Token NameOrPrefixed(int start)
    {
        // Prefix part: PN_PREFIX? ':'
        int p = _pos;
        if (_text[p] != ':')
        {
            p++;
            while (p < _text.Length && (IsPnChars(_text[p]) || _text[p] == '.')) p++;
            while (_text[p - 1] == '.') p--;
        }
        if (p < _text.Length && _text[p] == ':')
        {
            var prefix = _text[_pos..p];
            _pos = p + 1;
            var local = LocalName();
            return new Token(TokenKind.PrefixedName, local, start, prefix);
        }
        int w = _pos;
        while (w < _text.Length && (char.IsAsciiLetterOrDigit(_text[w]) || _text[w] == '_')) w++;
        if (w == _pos) throw Error($"unexpected character '{_text[_pos]}'", start);
        var word = _text[_pos..w];
        _pos = w;
        return new Token(TokenKind.Word, word.ToUpperInvariant(), start, word);
    }

    private string LocalName()
    {
        var sb = new StringBuilder();
        bool first = true;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '%')
            {
                if (_pos + 2 < _text.Length && Uri.IsHexDigit(_text[_pos + 1]) && Uri.IsHexDigit(_text[_pos + 2]))
                {
                    sb.Append(_text, _pos, 3); _pos += 3; first = false; continue;
                }
                throw Error("bad % escape in prefixed name", _pos);
            }
            if (c == '\\')
            {
                char e = Peek(1);
                if ("_~.-!$&'()*+,;=/?#@%".Contains(e)) { sb.Append(e); _pos += 2; first = false; continue; }
                throw Error($"bad escape '\\{e}' in prefixed name", _pos);
            }
            bool ok = first ? (IsPnCharsU(c) || c == ':' || char.IsAsciiDigit(c)) : (IsPnChars(c) || c == ':' || c == '.');
            if (!ok) break;
            if (c == '.')
            {
                // A dot may not end the local name.
                int q = _pos;
                while (q < _text.Length && _text[q] == '.') q++;
                if (q >= _text.Length || !(IsPnChars(_text[q]) || _text[q] == ':' || _text[q] == '%' || _text[q] == '\\')) break;
            }
            sb.Append(c);
            _pos++;
            first = false;
        }
        return sb.ToString();
    }

    private static bool IsPnCharsBase(char c) =>
        char.IsAsciiLetter(c) || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c < 0x200C) && !(c >= 0x2190 && c < 0x2C00) && c != 0x037E && !(c >= 0xFFF0));

    private static bool IsPnCharsU(char c) => IsPnCharsBase(c) || c == '_';

    private static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c == '-' || char.IsAsciiDigit(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;

    private static bool IsVarChar(char c, bool first) =>
        IsPnCharsU(c) || char.IsAsciiDigit(c) || (!first && (c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040));
}
