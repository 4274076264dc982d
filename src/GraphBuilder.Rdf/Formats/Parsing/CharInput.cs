namespace GraphBuilder.Rdf.Formats.Parsing;

/// <summary>
/// A TextReader seen through a small, growable char window with arbitrary lookahead (the Turtle grammar needs a few
/// characters: "1." vs "1.5", trailing dots of names) and line/column tracking. Never holds the whole input.
/// </summary>
internal sealed class CharInput
{
    private readonly TextReader _reader;
    private char[] _buf = new char[8192];
    private int _pos, _len;
    private bool _eof;

    public CharInput(TextReader reader) => _reader = reader;

    /// <summary>1-based line of the next character.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>1-based column of the next character.</summary>
    public long Column { get; private set; } = 1;

    /// <summary>The character <paramref name="k"/> places ahead (0: the next one), or -1 past the end.</summary>
    public int Peek(int k = 0) => _pos + k < _len ? _buf[_pos + k] : Fill(k);

    private int Fill(int k)
    {
        while (_pos + k >= _len)
        {
            if (_eof) return -1;
            if (_pos > 0)
            {
                Array.Copy(_buf, _pos, _buf, 0, _len - _pos);
                _len -= _pos;
                _pos = 0;
            }
            if (_len == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
            int n = _reader.Read(_buf, _len, _buf.Length - _len);
            if (n == 0) _eof = true; else _len += n;
        }
        return _buf[_pos + k];
    }

    /// <summary>The code point <paramref name="k"/> chars ahead (surrogate pairs joined) and its width, or -1.</summary>
    public int PeekCodePoint(int k, out int width)
    {
        int c = Peek(k);
        width = 1;
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            int d = Peek(k + 1);
            if (d >= 0 && char.IsLowSurrogate((char)d))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)d);
            }
        }
        return c;
    }

    /// <summary>Consumes and returns the next character, or -1 at the end.</summary>
    public int Read()
    {
        int c = Peek();
        if (c < 0) return -1;
        _pos++;
        if (c == '\n') { Line++; Column = 1; }
        else Column++;
        return c;
    }

    /// <summary>Consumes <paramref name="n"/> characters (which must have been peeked).</summary>
    public void Skip(int n)
    {
        for (int i = 0; i < n; i++) Read();
    }
}
