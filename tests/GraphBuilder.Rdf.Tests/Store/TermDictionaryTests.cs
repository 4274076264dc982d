namespace GraphBuilder.Rdf.Tests.Store;

public class TermDictionaryTests
{
    public static TheoryData<INode> Terms() =>
    [
        new UriNode("http://example.org/a"),
        new UriNode("http://example.org/Zürich/中文/😀"),
        new BlankNode("b1"),
        new BlankNode(""),
        new LiteralNode(""),
        new LiteralNode("plain \"text\"\n"),
        new LiteralNode("Grüße", null, "de-CH"),
        new LiteralNode("42", Vocab.XsdInteger),
        new LiteralNode("x", "http://example.org/dt"),
        new LiteralNode("x", Vocab.RdfLangString),
        new LiteralNode("lone \ud800 high and \udc00 low surrogates"),
        new LiteralNode("\0 nul and \u007f"),
    ];

    [Theory]
    [MemberData(nameof(Terms))]
    public void Terms_come_back_equal_and_are_found_again(INode term)
    {
        var d = new TermDictionary();
        d.Intern(new UriNode("http://example.org/other"));
        int id = d.Intern(term);
        Assert.Equal(1, id);
        Assert.Equal(term, d[id]);
        Assert.Equal(term.GetType(), d[id].GetType());
        Assert.Equal(id, d.Lookup(term));
        Assert.Equal(id, d.Intern(term));
        Assert.Equal(2, d.Count);
    }

    [Fact]
    public void Kinds_datatypes_and_languages_keep_terms_apart()
    {
        var d = new TermDictionary();
        INode[] distinct =
        [
            new UriNode("x:a"), new BlankNode("x:a"), new LiteralNode("x:a"), new LiteralNode("x:a", null, "en"),
            new LiteralNode("x:a", null, "de"), new LiteralNode("x:a", "http://example.org/dt"), new LiteralNode("x:a", Vocab.XsdInteger),
        ];
        var ids = distinct.Select(d.Intern).ToList();
        Assert.Equal(distinct.Length, ids.Distinct().Count());
        for (int i = 0; i < distinct.Length; i++) Assert.Equal(distinct[i], d[ids[i]]);
    }

    [Fact]
    public void Language_tags_match_case_insensitively_and_keep_the_first_spelling()
    {
        var d = new TermDictionary();
        int id = d.Intern(new LiteralNode("Hallo", null, "de-CH"));
        Assert.Equal(id, d.Lookup(new LiteralNode("Hallo", null, "DE-ch")));
        Assert.Equal(id, d.Intern(new LiteralNode("Hallo", null, "de-ch")));
        Assert.Equal("de-CH", ((ILiteralNode)d[id]).Language);
    }

    [Fact]
    public void Unknown_terms_are_not_found()
    {
        var d = new TermDictionary();
        d.Intern(new LiteralNode("1", Vocab.XsdInteger));
        Assert.Equal(-1, d.Lookup(new LiteralNode("2", Vocab.XsdInteger)));
        Assert.Equal(-1, d.Lookup(new LiteralNode("1", Vocab.XsdDecimal)));
        Assert.Equal(-1, d.Lookup(new LiteralNode("1", null, "en")));
        Assert.Equal(-1, d.Lookup(new UriNode("http://example.org/none")));
        Assert.Throws<ArgumentOutOfRangeException>(() => d[1]);
    }

    [Fact]
    public void Many_and_huge_terms_survive_table_and_arena_growth()
    {
        var d = new TermDictionary();
        var huge = new string('x', 3 << 20);
        int hugeId = -1;
        for (int i = 0; i < 100_000; i++)
        {
            Assert.Equal(i < 50_000 ? i : i + 1, d.Intern(new UriNode("http://example.org/item/" + i)));
            if (i == 49_999) hugeId = d.Intern(new LiteralNode(huge));
        }
        Assert.Equal(100_001, d.Count);
        Assert.Equal(huge, ((ILiteralNode)d[hugeId]).Value);
        for (int i = 0; i < 100_000; i += 997)
        {
            int id = i < 50_000 ? i : i + 1;
            Assert.Equal(new UriNode("http://example.org/item/" + i), d[id]);
            Assert.Equal(id, d.Lookup(new UriNode("http://example.org/item/" + i)));
        }
    }

    [Fact]
    public async Task Concurrent_readers_and_a_writer_agree()
    {
        var d = new TermDictionary();
        for (int i = 0; i < 20_000; i++) d.Intern(new LiteralNode("v" + i, null, i % 2 == 0 ? "en" : "de"));
        var writer = Task.Run(() =>
        {
            for (int i = 20_000; i < 60_000; i++) d.Intern(new LiteralNode("v" + i, null, "fr"));
        });
        Parallel.For(0, 4, t =>
        {
            for (int round = 0; round < 5; round++)
            for (int i = t; i < 20_000; i += 4)
            {
                var expected = new LiteralNode("v" + i, null, i % 2 == 0 ? "en" : "de");
                Assert.Equal(expected, d[i]);
                Assert.Equal(i, d.Lookup(expected));
            }
        });
        await writer;
        Assert.Equal(60_000, d.Count);
    }
}
