using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return SentenceSplitter.Default.Split(text, tokens).Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void Abbreviations_and_ordinals_do_not_end_sentences()
    {
        var s = Split("Dr. Weber kam am 19. Januar nach Wien. Er blieb z.B. zwei Tage.");
        Assert.Equal(["Dr. Weber kam am 19. Januar nach Wien.", "Er blieb z.B. zwei Tage."], s);
    }

    [Fact]
    public void Closing_quote_after_the_period_belongs_to_the_sentence()
    {
        var s = Split("„Wir kommen.“ Danach ging sie.");
        Assert.Equal(["„Wir kommen.“", "Danach ging sie."], s);
    }

    [Fact]
    public void Line_breaks_end_headlines()
    {
        var s = Split("Kanzler reist nach Paris\n\nDer Kanzler reist heute ab.");
        Assert.Equal(["Kanzler reist nach Paris", "Der Kanzler reist heute ab."], s);
    }

    [Fact]
    public void Every_token_knows_its_sentence()
    {
        const string text = "Eins. Zwei drei.";
        var tokens = Tokenizer.Default.Tokenize(text);
        SentenceSplitter.Default.Split(text, tokens);
        Assert.Equal([0, 0, 1, 1, 1], tokens.Select(t => t.Sentence));
    }

    [Fact]
    public void A_regnal_number_before_a_lower_case_word_ends_no_sentence()
    {
        Assert.Equal(["König Abdullah II. empfing den Minister in Amman.", "Er blieb."], Split("König Abdullah II. empfing den Minister in Amman. Er blieb."));
        Assert.Equal(["Sie sprach mit Karl III.", "Er blieb."], Split("Sie sprach mit Karl III. Er blieb."));
    }
}
