using System.Text;
using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction.Tests.Documents;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gb-docs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var p = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    [Fact]
    public void Plain_text_file_is_one_document_named_after_the_file()
    {
        var p = Write("042_treffen.txt", Encoding.UTF8.GetBytes("Der Kanzler reiste nach Wien."));
        var doc = Assert.Single(new DocumentReader().ReadFile(p));
        Assert.Equal("042_treffen", doc.Id);
        Assert.Equal("Der Kanzler reiste nach Wien.", doc.Text);
    }

    [Fact]
    public void Byte_order_mark_is_dropped()
    {
        var p = Write("a.txt", [0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);
        Assert.Equal("Hi", new DocumentReader().ReadFile(p).Single().Text);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_naming_the_file()
    {
        var p = Write("latin1.txt", [(byte)'K', 0xF6, (byte)'l', (byte)'n']);
        var e = Assert.Throws<InvalidDataException>(() => new DocumentReader().ReadFile(p).ToList());
        Assert.Contains("latin1.txt", e.Message);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Binary_file_is_rejected()
    {
        var p = Write("bild.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        var e = Assert.Throws<InvalidDataException>(() => new DocumentReader().ReadFile(p).ToList());
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Json_lines_records_carry_their_fields()
    {
        var p = Write("corpus.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"a1\",\"text\":\"Erster Text.\",\"title\":\"Titel\",\"date\":\"2021-05-04\",\"url\":\"https://example.org/a1\"}\n\n" +
            "{\"id\":\"a2\",\"text\":\"Zweiter Text.\",\"language\":\"de\"}\n"));
        var docs = new DocumentReader().ReadFile(p).ToList();
        Assert.Equal(["a1", "a2"], docs.Select(d => d.Id));
        Assert.Equal("Titel", docs[0].Title);
        Assert.Equal(new DateOnly(2021, 5, 4), docs[0].Date);
        Assert.Equal("https://example.org/a1", docs[0].Url);
        Assert.Null(docs[1].Date);
    }

    [Fact]
    public void Json_lines_record_without_text_names_file_and_line()
    {
        var p = Write("bad.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\"}\n"));
        var e = Assert.Throws<InvalidDataException>(() => new DocumentReader().ReadFile(p).ToList());
        Assert.Contains("bad.jsonl:2", e.Message);
    }

    [Fact]
    public void Folder_is_read_in_name_order_and_skips_other_files()
    {
        Write("b.txt", Encoding.UTF8.GetBytes("B"));
        Write("a.txt", Encoding.UTF8.GetBytes("A"));
        Write("sub/c.txt", Encoding.UTF8.GetBytes("C"));
        Write("notes.pdf", [1, 2, 3]);
        var docs = new DocumentReader().ReadAll([_dir]).ToList();
        Assert.Equal(["a", "b", "c"], docs.Select(d => d.Id));
    }

    [Fact]
    public void Missing_input_names_the_path()
    {
        var e = Assert.Throws<FileNotFoundException>(() => new DocumentReader().ExpandInputs([Path.Combine(_dir, "fehlt.txt")]));
        Assert.Contains("fehlt.txt", e.Message);
    }
}
