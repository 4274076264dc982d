using System.Text.RegularExpressions;

namespace GraphBuilder.Cli.Infrastructure;

/// <summary>
/// Wraps the stream an output is written to so that a failed write (disk full, broken pipe) names the output:
/// "out.ttl: No space left on device". Errors of the data being written (a syntax error in the input read while
/// converting) pass through untouched, since they do not come from this stream.
/// </summary>
internal sealed class OutputStream(Stream inner, string name) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try { inner.Write(buffer); }
        catch (IOException e) { throw Failed(e); }
    }

    public override void WriteByte(byte value) => Guard(() => inner.WriteByte(value));

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // Closing flushes the file's buffer, where a full disk often shows first.
        if (disposing) Guard(inner.Dispose);
        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try { write(); }
        catch (IOException e) { throw Failed(e); }
    }

    // .NET appends " : 'path'" to the system's message; the output's name already leads the line.
    private IOException Failed(IOException e) => new($"{name}: cannot write: {Regex.Replace(e.Message, @" : '[^']*'$", "")}", e);
}
