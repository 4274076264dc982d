using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Tests.Text;

public class QuoteFinderTests
{
    private static (List<Quote> Quotes, List<Token> Tokens) Find(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return (QuoteFinder.Default.Find(text, tokens), tokens);
    }

    [Fact]
    public void Quotation_spanning_two_sentences_is_one_quote()
    {
        var (quotes, tokens) = Find("Sie sagte: „Wir sind bereit. Die Gespräche gehen weiter.“ Dann ging sie.");
        var q = Assert.Single(quotes);
        Assert.Equal("Wir sind bereit. Die Gespräche gehen weiter.", q.Text);
        Assert.True(tokens.Single(t => t.Text == "bereit").InQuote);
        Assert.False(tokens.Single(t => t.Text == "Dann").InQuote);
    }

    [Fact]
    public void Short_quoted_terms_and_titles_are_not_quotations()
    {
        var (quotes, tokens) = Find("Er drohte mit „harten Folgen“ im „Tagesblatt“.");
        Assert.Empty(quotes);
        Assert.DoesNotContain(tokens, t => t.InQuote);
    }

    [Fact]
    public void Unclosed_quote_ends_with_the_paragraph()
    {
        var (quotes, _) = Find("Er sagte: „Das ist so nicht richtig\n\nNeuer Absatz mit „vier Wörtern hier drin“.");
        var q = Assert.Single(quotes);
        Assert.Equal("vier Wörtern hier drin", q.Text);
    }
}
