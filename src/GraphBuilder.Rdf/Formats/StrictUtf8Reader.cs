using System.Buffers;
using System.Text.Unicode;

namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// A <see cref="TextReader"/> over UTF-8 bytes that refuses invalid byte sequences instead of turning them into
/// U+FFFD, which would silently change names and literals. The error names the place as <c>source:line:col</c>, so
/// the user can find the bad byte. A UTF-8 byte order mark is skipped; UTF-16 and UTF-32 (recognised by their byte
/// order marks) are refused with a hint to convert them, since everything GraphBuilder reads is specified as UTF-8.
/// </summary>
public sealed class StrictUtf8Reader : TextReader
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly string? _source;
    private readonly bool _leaveOpen;
    private readonly byte[] _bytes = new byte[BufferSize];
    // UTF-8 never gives more UTF-16 chars than it has bytes, so one byte buffer's worth of chars always suffices.
    private readonly char[] _chars = new char[BufferSize];
    private int _byteCount; // undecoded bytes at the start of _bytes (an incomplete sequence carried over)
    private int _charPos, _charCount;
    private bool _started, _eof;
    // Position after the last decoded char: lines seen and code points since the last line feed.
    private long _lines, _column;

    /// <summary>Reads <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    public StrictUtf8Reader(Stream stream, string? source, bool leaveOpen = false)
    {
        _stream = stream;
        _source = source;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    public static StrictUtf8Reader Open(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12), path);

    /// <summary>The whole of <paramref name="path"/> as strictly decoded UTF-8 text.</summary>
    public static string ReadAllText(string path)
    {
        using var reader = Open(path);
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public override int Peek() => _charPos < _charCount || Fill() ? _chars[_charPos] : -1;

    /// <inheritdoc />
    public override int Read() => _charPos < _charCount || Fill() ? _chars[_charPos++] : -1;

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.Length == 0) return 0;
        if (_charPos == _charCount && !Fill()) return 0;
        int n = Math.Min(buffer.Length, _charCount - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    /// <inheritdoc />
    public override int ReadBlock(Span<char> buffer)
    {
        int total = 0, n;
        while (total < buffer.Length && (n = Read(buffer[total..])) > 0) total += n;
        return total;
    }

    /// <inheritdoc />
    public override int ReadBlock(char[] buffer, int index, int count) => ReadBlock(buffer.AsSpan(index, count));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen) _stream.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Decodes the next chunk; false at the end of the input.</summary>
    private bool Fill()
    {
        while (true)
        {
            if (_eof) return false;
            int read = _stream.Read(_bytes, _byteCount, _bytes.Length - _byteCount);
            _byteCount += read;
            if (!_started && !CheckStart(ref read)) continue;
            bool final = read == 0;
            var status = Utf8.ToUtf16(_bytes.AsSpan(0, _byteCount), _chars, out int consumed, out int written,
                replaceInvalidSequences: false, isFinalBlock: final);
            Advance(_chars.AsSpan(0, written));
            if (status == OperationStatus.InvalidData)
                throw Error(final && consumed + 4 > _byteCount && IsTruncated(consumed)
                    ? "the file ends inside a UTF-8 character"
                    : $"invalid UTF-8 (byte 0x{_bytes[consumed]:X2}); the file must be UTF-8 text");
            // Keep an incomplete sequence at the end for the next read.
            _bytes.AsSpan(consumed, _byteCount - consumed).CopyTo(_bytes);
            _byteCount -= consumed;
            _charPos = 0;
            _charCount = written;
            if (final) _eof = true;
            if (written > 0) return true;
        }
    }

    /// <summary>Handles a byte order mark once at least four bytes (or the whole input) are in; false to read more first.</summary>
    private bool CheckStart(ref int read)
    {
        if (_byteCount < 4 && read > 0) return false;
        _started = true;
        var head = _bytes.AsSpan(0, _byteCount);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            throw Error("UTF-32 text (byte order mark); GraphBuilder reads UTF-8: convert it first, e.g. with iconv -t UTF-8");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw Error("UTF-16 text (byte order mark); GraphBuilder reads UTF-8: convert it first, e.g. with iconv -f UTF-16 -t UTF-8");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _bytes.AsSpan(3, _byteCount - 3).CopyTo(_bytes);
            _byteCount -= 3;
        }
        // The bytes read so far count as this round's read, so an input shorter than four bytes still ends.
        read = _byteCount;
        return true;
    }

    /// <summary>True when the bytes from <paramref name="start"/> are a valid beginning of a multi-byte sequence cut off by the end.</summary>
    private bool IsTruncated(int start)
    {
        var rest = _bytes.AsSpan(start, _byteCount - start);
        int need = rest[0] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
        if (need == 0 || rest.Length >= need) return false;
        foreach (var b in rest[1..]) if ((b & 0xC0) != 0x80) return false;
        return true;
    }

    /// <summary>Moves the tracked position over <paramref name="chars"/>.</summary>
    private void Advance(ReadOnlySpan<char> chars)
    {
        int lastLf = chars.LastIndexOf('\n');
        if (lastLf >= 0)
        {
            _lines += chars.Count('\n');
            _column = 0;
            chars = chars[(lastLf + 1)..];
        }
        // Columns count characters as users see them: a surrogate pair is one.
        _column += chars.Length;
        foreach (var c in chars) if (char.IsLowSurrogate(c)) _column--;
    }

    private TextDecodingException Error(string reason) => new(reason, _lines + 1, _column + 1, _source);
}
