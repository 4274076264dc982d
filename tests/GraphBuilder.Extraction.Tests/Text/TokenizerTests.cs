using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Tests.Text;

public class TokenizerTests
{
    private static List<Token> T(string s) => Tokenizer.Default.Tokenize(s);

    [Fact]
    public void Abbreviations_keep_their_period()
    {
        var tokens = T("Dr. Weber nannte z.B. die Nr. 5.");
        Assert.Equal(["Dr.", "Weber", "nannte", "z.B.", "die", "Nr.", "5", "."], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Abbreviation, tokens[0].Kind);
        Assert.Equal(TokenKind.Abbreviation, tokens[3].Kind);
        Assert.Equal(TokenKind.SentenceEnd, tokens[^1].Kind);
    }

    [Fact]
    public void Ordinal_before_a_month_is_one_token()
    {
        var tokens = T("Am 3. März 2021 und am 19. Januar.");
        Assert.Contains(tokens, t => t.Text == "3." && t.Kind == TokenKind.Ordinal);
        Assert.Contains(tokens, t => t.Text == "19." && t.Kind == TokenKind.Ordinal);
        Assert.Equal(TokenKind.Number, tokens.Single(t => t.Text == "2021").Kind);
    }

    [Fact]
    public void Year_at_the_end_of_a_sentence_does_not_swallow_the_period()
    {
        var tokens = T("Das war 2014. Danach kam es anders.");
        Assert.Equal("2014", tokens[2].Text);
        Assert.Equal(TokenKind.SentenceEnd, tokens[3].Kind);
    }

    [Fact]
    public void Hyphenated_compounds_stay_whole_but_have_parts()
    {
        var tokens = T("Der US-Außenminister traf den Nato-Russland-Rat.");
        var us = tokens[1];
        Assert.Equal("US-Außenminister", us.Text);
        Assert.True(us.IsCompound);
        Assert.Equal(["US", "Außenminister"], us.Parts);
        Assert.Equal(["Nato", "Russland", "Rat"], tokens[4].Parts);
    }

    [Fact]
    public void Numbers_keep_their_separators()
    {
        var tokens = T("Rund 100.000 Soldaten und 80,1 Prozent.");
        Assert.Equal("100.000", tokens[1].Text);
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal("80,1", tokens[4].Text);
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "„Wir sind bereit“, sagte die Ministerin.";
        foreach (var t in T(text)) Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Theory]
    [InlineData("„Ja“, sagte er.", "„", "“")]
    [InlineData("»Ja«, sagte er.", "»", "«")]
    [InlineData("Er sagte: \"Ja\".", "\"", "\"")]
    [InlineData("„Ja”, sagte er.", "„", "”")]
    public void Quotation_marks_are_opening_or_closing(string text, string open, string close)
    {
        var tokens = T(text);
        Assert.Equal(open, tokens.First(t => t.Kind == TokenKind.QuoteOpen).Text);
        Assert.Equal(close, tokens.First(t => t.Kind == TokenKind.QuoteClose).Text);
    }

    [Fact]
    public void Suspended_compound_keeps_its_hyphen()
    {
        var tokens = T("Offensiv- und Defensiv-Waffen");
        Assert.Equal(["Offensiv-", "und", "Defensiv-Waffen"], tokens.Select(t => t.Text));
    }
}
