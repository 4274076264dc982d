using System.Text;
using GraphBuilder.Cli.Tests.Infrastructure;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Cli.Tests.Robustness;

/// <summary>
/// Invalid UTF-8 is an error naming <c>file:line:col</c>, for every kind of input, instead of a silent U+FFFD. A UTF-8
/// byte order mark is fine; UTF-16 (by its byte order mark) is refused with a hint to convert it.
/// </summary>
public sealed class InvalidUtf8Tests : IDisposable
{
    private readonly TempFolder _tmp = new("gb-utf8-");

    public void Dispose() => _tmp.Dispose();

    private string WriteBytes(string name, params byte[][] parts)
    {
        var p = Path.Combine(_tmp.Root, name);
        File.WriteAllBytes(p, parts.SelectMany(b => b).ToArray());
        return p;
    }

    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    // "café" in Latin-1: the é is the lone byte 0xE9, which is not UTF-8. The bad byte is the 39th character of line 2.
    private string BadTriples() => WriteBytes("bad.nt",
        U("<http://example.org/s> <http://example.org/p> \"ok\" .\n<http://x.org/s> <http://x.org/p> \"caf"), [0xE9], U("\" .\n"));

    private static void AssertOneLine(CliResult r, string where)
    {
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains(where + ": invalid UTF-8 (byte 0xE9)", line);
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("stats")]
    [InlineData("views")]
    [InlineData("draw")]
    [InlineData("query")]
    public void Rdf_input_with_a_bad_byte_is_an_error_at_its_place(string command)
    {
        var input = BadTriples();
        var output = Path.Combine(_tmp.Root, command == "draw" ? "out.svg" : command == "query" ? "out.json" : "out.ttl");
        string[] args = command switch
        {
            "convert" => ["convert", input, "-o", output],
            "stats" => ["stats", input],
            "query" => ["query", "-d", input, "-e", "ASK {}", "-o", output],
            _ => [command, input, "-o", output],
        };
        AssertOneLine(CliProcess.Run(args), input + ":2:39");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_query_file_with_a_bad_byte_is_an_error_at_its_place()
    {
        var data = WriteBytes("ok.nt", U("<http://x.org/s> <http://x.org/p> \"caf\u00e9\" .\n"));
        var query = WriteBytes("q.rq", U("SELECT * WHERE {\n  ?s ?p \"caf"), [0xE9], U("\" }\n"));
        AssertOneLine(CliProcess.Run("query", "-d", data, "-q", query), query + ":2:13");
    }

    [Fact]
    public void An_article_with_a_bad_byte_is_an_error_at_its_place()
    {
        var article = WriteBytes("a.txt", U("Die Kanzlerin sprach.\nSie traf den franz"), [0xF6], U("sischen Pr\u00e4sidenten.\n"));
        var output = Path.Combine(_tmp.Root, "kg.ttl");
        var r = CliProcess.Run("build", article, "-o", output);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(article + ":2:19: invalid UTF-8 (byte 0xF6)", Assert.Single(r.StdErr.Trim().Split('\n')));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_json_lines_corpus_with_a_bad_byte_is_an_error_at_its_place()
    {
        var corpus = WriteBytes("c.jsonl", U("{\"id\":\"a\",\"text\":\"Hallo\"}\n{\"id\":\"b\",\"text\":\"caf"), [0xE9], U("\"}\n"));
        var r = CliProcess.Run("build", corpus, "-o", Path.Combine(_tmp.Root, "kg.ttl"));
        AssertOneLine(r, corpus + ":2:22");
    }

    [Fact]
    public void Standard_input_with_a_bad_byte_is_named_stdin()
    {
        var r = CliProcess.Run(["convert", "-", "--from", "ntriples", "-o", "-", "--to", "ntriples"],
            stdin: "<http://x.org/s> <http://x.org/p> \"ok\" .\n");
        Assert.True(r.ExitCode == 0, r.StdErr);
        // Bad bytes cannot travel through the string-typed stdin of CliProcess, so the reader is checked directly.
        var e = Assert.Throws<TextDecodingException>(() =>
            new StrictUtf8Reader(new MemoryStream([0x61, 0x0A, 0x62, 0xC3]), "<stdin>").ReadToEnd());
        Assert.Equal("<stdin>:2:2: the file ends inside a UTF-8 character", e.Message);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped()
    {
        var input = WriteBytes("bom.nt", [0xEF, 0xBB, 0xBF], U("<http://x.org/s> <http://x.org/p> \"caf\u00e9\" .\n"));
        var r = CliProcess.Run("convert", input, "-o", "-", "--to", "ntriples");
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Equal("<http://x.org/s> <http://x.org/p> \"caf\u00e9\" .\n", r.StdOut);
    }

    [Fact]
    public void Utf16_is_refused_with_a_hint_to_convert()
    {
        // Decision: GraphBuilder reads UTF-8 only; UTF-16 is recognised by its byte order mark and refused clearly
        // rather than guessed at.
        var input = WriteBytes("u16.nt", [0xFF, 0xFE], Encoding.Unicode.GetBytes("<http://x.org/s> <http://x.org/p> \"x\" .\n"));
        var output = Path.Combine(_tmp.Root, "out.ttl");
        var r = CliProcess.Run("convert", input, "-o", output);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.StdErr.Trim().Split('\n'));
        Assert.Contains(input + ":1:1: UTF-16 text", line);
        Assert.Contains("iconv", line);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Multibyte_characters_split_across_reads_decode_and_count_as_one_column()
    {
        // A stream that hands out one byte at a time splits every multi-byte character between two reads.
        var bytes = U("\u00e4\U0001F600x\n\u00f6");
        var text = new StrictUtf8Reader(new TrickleStream(bytes), "t").ReadToEnd();
        Assert.Equal("\u00e4\U0001F600x\n\u00f6", text);
        var bad = new StrictUtf8Reader(new TrickleStream([.. U("\u00e4\U0001F600x"), 0xFF]), "t");
        Assert.Equal("t:1:4: invalid UTF-8 (byte 0xFF); the file must be UTF-8 text", Assert.Throws<TextDecodingException>(() => bad.ReadToEnd()).Message);
    }

    /// <summary>Returns at most one byte per read.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
