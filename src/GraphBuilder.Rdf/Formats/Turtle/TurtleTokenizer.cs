using System.Text;
using GraphBuilder.Rdf.Formats.Parsing;

namespace GraphBuilder.Rdf.Formats.Turtle;

/// <summary>
/// Splits Turtle/TriG text into tokens (the terminals of the RDF 1.1 grammars), unescaping IRIs, strings and local
/// names on the way. Prefixed names keep prefix and local part apart; the parser expands them.
/// </summary>
internal sealed class TurtleTokenizer
{
    private readonly CharInput _in;
    private readonly string? _source;
    private readonly StringBuilder _sb = new();

    public TurtleTokenizer(TextReader reader, string? source)
    {
        _in = new CharInput(reader);
        _source = source;
    }

    /// <summary>A syntax error at the given place.</summary>
    public RdfParseException Error(string message, long line, long column) => new(message, line, column, _source);

    private RdfParseException ErrorHere(string message) => Error(message, _in.Line, _in.Column);

    /// <summary>Reads the next token.</summary>
    public Token Next()
    {
        SkipWhitespaceAndComments();
        long line = _in.Line, col = _in.Column;
        int c = _in.Peek();
        Token Simple(TokenKind k, string text)
        {
            _in.Skip(text.Length);
            return new Token(k, text, "", line, col);
        }
        switch (c)
        {
            case -1: return new Token(TokenKind.Eof, "", "", line, col);
            case '<': return new Token(TokenKind.IriRef, ReadIriRef(), "", line, col);
            case '"':
            case '\'':
                return new Token(TokenKind.String, ReadString(line, col), "", line, col);
            case '_':
                if (_in.Peek(1) != ':') throw ErrorHere("expected ':' after '_' (blank node label)");
                return new Token(TokenKind.BlankNodeLabel, ReadBlankLabel(), "", line, col);
            case '@': return ReadAtWord(line, col);
            case '.':
                if (IsDigit(_in.Peek(1))) return ReadNumber(line, col);
                return Simple(TokenKind.Dot, ".");
            case '+':
            case '-':
                return ReadNumber(line, col);
            case ';': return Simple(TokenKind.Semicolon, ";");
            case ',': return Simple(TokenKind.Comma, ",");
            case '[': return Simple(TokenKind.OpenBracket, "[");
            case ']': return Simple(TokenKind.CloseBracket, "]");
            case '(': return Simple(TokenKind.OpenParen, "(");
            case ')': return Simple(TokenKind.CloseParen, ")");
            case '{': return Simple(TokenKind.OpenBrace, "{");
            case '}': return Simple(TokenKind.CloseBrace, "}");
            case '^':
                if (_in.Peek(1) != '^') throw ErrorHere("expected '^^'");
                return Simple(TokenKind.DoubleCaret, "^^");
        }
        if (IsDigit(c)) return ReadNumber(line, col);
        int cp = _in.PeekCodePoint(0, out _);
        if (c == ':' || CharClasses.IsPnCharsBase(cp)) return ReadNameOrKeyword(line, col);
        throw ErrorHere("unexpected character " + TermSyntax.Show(cp));
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private void SkipWhitespaceAndComments()
    {
        while (true)
        {
            int c = _in.Peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { _in.Read(); continue; }
            if (c == '#')
            {
                while ((c = _in.Peek()) >= 0 && c != '\n' && c != '\r') _in.Read();
                continue;
            }
            if (c == '\uFEFF' && _in.Line == 1 && _in.Column == 1) { _in.Read(); continue; }
            return;
        }
    }

    private string ReadIriRef()
    {
        _in.Read(); // <
        _sb.Clear();
        while (true)
        {
            long line = _in.Line, col = _in.Column;
            int c = _in.Read();
            if (c < 0) throw ErrorHere("unterminated IRI");
            if (c == '>') return _sb.ToString();
            if (c == '\\')
            {
                int cp = ReadUnicodeEscape(line, col, "IRI");
                if (CharClasses.IsForbiddenInIri(cp)) throw Error($"escaped character U+{cp:X4} is not allowed in an IRI", line, col);
                continue;
            }
            if (CharClasses.IsForbiddenInIri(c)) throw Error(TermSyntax.Show(c) + " is not allowed in an IRI", line, col);
            _sb.Append((char)c);
        }
    }

    /// <summary>After a backslash: reads u/U and the hex digits, appends the character, returns its code point.</summary>
    private int ReadUnicodeEscape(long line, long col, string where)
    {
        int kind = _in.Read();
        int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (digits == 0) throw Error($"only \\u and \\U escapes are allowed in {(where == "IRI" ? "an IRI" : where)}", line, col);
        Span<char> hex = stackalloc char[8];
        for (int i = 0; i < digits; i++)
        {
            int d = _in.Read();
            if (d < 0) throw Error("unterminated escape", line, col);
            hex[i] = (char)d;
        }
        int cp = TermSyntax.AppendUnicodeEscape(_sb, hex[..digits]);
        if (cp < 0) throw Error("bad Unicode escape", line, col);
        return cp;
    }

    private string ReadString(long startLine, long startCol)
    {
        int q = _in.Peek();
        bool isLong = _in.Peek(1) == q && _in.Peek(2) == q;
        _sb.Clear();
        if (!isLong && _in.Peek(1) == q)
        {
            _in.Skip(2);
            return string.Empty;
        }
        _in.Skip(isLong ? 3 : 1);
        while (true)
        {
            long line = _in.Line, col = _in.Column;
            int c = _in.Peek();
            if (c < 0) throw Error("unterminated string", startLine, startCol);
            if (c == q)
            {
                if (!isLong) { _in.Read(); return _sb.ToString(); }
                if (_in.Peek(1) == q && _in.Peek(2) == q)
                {
                    _in.Skip(3);
                    return _sb.ToString();
                }
                _in.Read();
                _sb.Append((char)c);
                continue;
            }
            if (!isLong && (c == '\n' || c == '\r')) throw Error("unterminated string (line break in a short string)", startLine, startCol);
            _in.Read();
            if (c == '\\')
            {
                int e = _in.Peek();
                if (e == 'u' || e == 'U') { ReadUnicodeEscape(line, col, "a string"); continue; }
                int ch = e < 0 ? -1 : TermSyntax.EscapedChar((char)e);
                if (ch < 0) throw Error("unknown escape in string: \\" + (e < 0 ? "" : ((char)e).ToString()), line, col);
                _in.Read();
                _sb.Append((char)ch);
                continue;
            }
            _sb.Append((char)c);
        }
    }

    private string ReadBlankLabel()
    {
        _in.Skip(2); // _:
        int cp = _in.PeekCodePoint(0, out int w);
        if (!(CharClasses.IsPnCharsU(cp) || IsDigit(cp))) throw ErrorHere("bad blank node label start " + TermSyntax.Show(cp));
        int len = w;
        int end = len;
        while (true)
        {
            cp = _in.PeekCodePoint(len, out w);
            if (cp == '.') { len++; continue; }
            if (cp < 0 || !CharClasses.IsPnChars(cp)) break;
            len += w;
            end = len;
        }
        _sb.Clear();
        for (int i = 0; i < end; i++) _sb.Append((char)_in.Read());
        return _sb.ToString();
    }

    private Token ReadAtWord(long line, long col)
    {
        _in.Read(); // @
        _sb.Clear();
        while (char.IsAsciiLetter((char)Math.Max(_in.Peek(), 0))) _sb.Append((char)_in.Read());
        if (_sb.Length == 0) throw Error("expected a language tag or directive after '@'", line, col);
        string word = _sb.ToString();
        if (_in.Peek() != '-')
        {
            if (word == "prefix") return new Token(TokenKind.AtPrefix, "@prefix", "", line, col);
            if (word == "base") return new Token(TokenKind.AtBase, "@base", "", line, col);
        }
        while (_in.Peek() == '-')
        {
            _sb.Append((char)_in.Read());
            int n = 0;
            while (char.IsAsciiLetterOrDigit((char)Math.Max(_in.Peek(), 0))) { _sb.Append((char)_in.Read()); n++; }
            if (n == 0) throw ErrorHere("empty language subtag");
        }
        return new Token(TokenKind.LangTag, _sb.ToString(), "", line, col);
    }

    private Token ReadNumber(long line, long col)
    {
        _sb.Clear();
        int c = _in.Peek();
        if (c == '+' || c == '-') _sb.Append((char)_in.Read());
        int intDigits = 0;
        while (IsDigit(_in.Peek())) { _sb.Append((char)_in.Read()); intDigits++; }
        var kind = TokenKind.Integer;
        if (_in.Peek() == '.' && (IsDigit(_in.Peek(1)) || (intDigits > 0 && IsExponentAt(1))))
        {
            _sb.Append((char)_in.Read());
            while (IsDigit(_in.Peek())) _sb.Append((char)_in.Read());
            kind = TokenKind.Decimal;
        }
        else if (intDigits == 0) throw Error("expected a number", line, col);
        if (IsExponentAt(0))
        {
            _sb.Append((char)_in.Read());
            if (_in.Peek() == '+' || _in.Peek() == '-') _sb.Append((char)_in.Read());
            while (IsDigit(_in.Peek())) _sb.Append((char)_in.Read());
            kind = TokenKind.Double;
        }
        else if (_in.Peek() is 'e' or 'E') throw ErrorHere("exponent without digits");
        return new Token(kind, _sb.ToString(), "", line, col);
    }

    private bool IsExponentAt(int k)
    {
        int c = _in.Peek(k);
        if (c != 'e' && c != 'E') return false;
        int d = _in.Peek(k + 1);
        if (d == '+' || d == '-') d = _in.Peek(k + 2);
        return IsDigit(d);
    }

    private Token ReadNameOrKeyword(long line, long col)
    {
        // PN_PREFIX: PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?
        int len = 0, end = 0;
        if (_in.Peek() != ':')
        {
            _in.PeekCodePoint(0, out int w0);
            len = end = w0;
            while (true)
            {
                int cp = _in.PeekCodePoint(len, out int w);
                if (cp == '.') { len++; continue; }
                if (cp < 0 || !CharClasses.IsPnChars(cp)) break;
                len += w;
                end = len;
            }
        }
        _sb.Clear();
        for (int i = 0; i < end; i++) _sb.Append((char)_in.Read());
        string prefix = _sb.ToString();
        if (_in.Peek() != ':') return Keyword(prefix, line, col);
        _in.Read(); // :
        string? local = ReadLocalName();
        return local is null
            ? new Token(TokenKind.PNameNs, prefix, "", line, col)
            : new Token(TokenKind.PNameLn, prefix, local, line, col);
    }

    private Token Keyword(string word, long line, long col)
    {
        if (word == "a") return new Token(TokenKind.A, word, "", line, col);
        if (word == "true") return new Token(TokenKind.True, word, "", line, col);
        if (word == "false") return new Token(TokenKind.False, word, "", line, col);
        if (word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase)) return new Token(TokenKind.SparqlPrefix, word, "", line, col);
        if (word.Equals("BASE", StringComparison.OrdinalIgnoreCase)) return new Token(TokenKind.SparqlBase, word, "", line, col);
        if (word.Equals("GRAPH", StringComparison.OrdinalIgnoreCase)) return new Token(TokenKind.Graph, word, "", line, col);
        throw Error($"unexpected word '{word}' (a prefixed name needs a ':')", line, col);
    }

    /// <summary>PN_LOCAL after the colon, unescaped (PN_LOCAL_ESC) but with %-escapes kept; null when empty.</summary>
    private string? ReadLocalName()
    {
        _sb.Clear();
        int sbEnd = 0;
        bool first = true;
        while (true)
        {
            int cp = _in.PeekCodePoint(0, out int w);
            if (cp == '%')
            {
                if (!CharClasses.IsHex(_in.Peek(1)) || !CharClasses.IsHex(_in.Peek(2))) throw ErrorHere("'%' in a local name must be followed by two hex digits");
                for (int i = 0; i < 3; i++) _sb.Append((char)_in.Read());
                sbEnd = _sb.Length;
            }
            else if (cp == '\\')
            {
                int e = _in.Peek(1);
                if (e < 0 || !CharClasses.IsLocalEscapable(e)) throw ErrorHere("bad escape in a local name");
                _in.Skip(2);
                _sb.Append((char)e);
                sbEnd = _sb.Length;
            }
            else if (cp == '.' && !first)
            {
                // A dot belongs to the name only when more name follows.
                int k = 1;
                while (_in.Peek(k) == '.') k++;
                int next = _in.PeekCodePoint(k, out _);
                if (!(next == ':' || next == '%' || next == '\\' || (next >= 0 && CharClasses.IsPnChars(next)))) break;
                for (int i = 0; i < k; i++) _sb.Append((char)_in.Read());
            }
            else if (cp >= 0 && (cp == ':' || (first ? CharClasses.IsPnCharsU(cp) || IsDigit(cp) : CharClasses.IsPnChars(cp))))
            {
                for (int i = 0; i < w; i++) _sb.Append((char)_in.Read());
                sbEnd = _sb.Length;
            }
            else break;
            first = false;
        }
        return sbEnd == 0 ? null : _sb.ToString(0, sbEnd);
    }
}
