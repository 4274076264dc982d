using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction.Tests.Documents;

public class DocumentPreparerTests
{
    private static Document Prepare(string text) => new DocumentPreparer().Prepare(new SourceDocument("d", text, "d"));

    [Theory]
    [InlineData("3. März 2021, 08:15 Uhr\n\nText.", 2021, 3, 3)]
    [InlineData("Stand: 2020-11-05\n\nText.", 2020, 11, 5)]
    [InlineData("Veröffentlicht am 05.06.2019\n\nText.", 2019, 6, 5)]
    public void Date_stated_at_the_top_is_the_document_date(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Prepare(text).Date);

    [Fact]
    public void Record_date_is_used_when_the_text_states_none()
    {
        var doc = new DocumentPreparer().Prepare(new SourceDocument("d", "Nur Text.", "d") { Date = new DateOnly(2020, 1, 2) });
        Assert.Equal(new DateOnly(2020, 1, 2), doc.Date);
    }

    [Fact]
    public void Headline_and_date_line_form_the_head()
    {
        const string text = "Kanzler reist nach Paris\n\n4. Mai 2021\n\nDer Kanzler reist heute ab.";
        var doc = Prepare(text);
        Assert.Equal("Kanzler reist nach Paris", doc.Title);
        Assert.Equal(text.IndexOf("\n\nDer", StringComparison.Ordinal), doc.BodyStart);
    }

    [Fact]
    public void Author_and_avatar_lines_are_blanked_keeping_offsets()
    {
        const string text = "Avatar_xy von Max Muster\n\nDer Kanzler reist ab.";
        var doc = Prepare(text);
        Assert.Equal(text.Length, doc.Text.Length);
        Assert.DoesNotContain("Avatar", doc.Text);
        Assert.DoesNotContain(doc.Tokens, t => t.Text == "Muster");
        Assert.Equal(text.IndexOf("Kanzler", StringComparison.Ordinal), doc.Tokens.Single(t => t.Text == "Kanzler").Start);
    }

    [Fact]
    public void Body_sentence_ending_with_a_period_is_no_headline()
    {
        var doc = Prepare("Der Kanzler reist ab.\n\nEr kommt morgen zurück.");
        Assert.Null(doc.Title);
        Assert.Equal(0, doc.BodyStart);
    }
}
