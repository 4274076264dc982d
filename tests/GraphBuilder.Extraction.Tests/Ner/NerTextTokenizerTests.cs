using GraphBuilder.Extraction.Ner;

namespace GraphBuilder.Extraction.Tests.Ner;

public class NerTextTokenizerTests
{
    [Fact]
    public void SplitsPunctuationKeepsCompoundsAndOffsets()
    {
        const string text = "„Der Nato-Gipfel“, sagte Dr. Müller, beginnt am 3. Mai.";
        var tokens = NerTextTokenizer.Tokens(text).ToList();
        Assert.Equal(["„", "Der", "Nato-Gipfel", "“", ",", "sagte", "Dr.", "Müller", ",", "beginnt", "am", "3.", "Mai", "."], tokens.Select(t => t.Text));
        foreach (var t in tokens) Assert.Equal(t.Text, text[t.Start..t.End]);
    }

    [Fact]
    public void SplitsSentencesAtFinalPunctuation()
    {
        var sentences = NerTextTokenizer.Sentences("Merkel reist nach Paris. Dort trifft sie Macron! Am 3. Mai ist Wahl.").ToList();
        Assert.Equal(3, sentences.Count);
        Assert.Equal(["Am", "3.", "Mai", "ist", "Wahl", "."], sentences[2].Select(t => t.Text));
    }

    [Fact]
    public void KeepsDecimalNumbersTogether()
    {
        Assert.Equal(["3,5", "Prozent", ",", "mehr"], NerTextTokenizer.Tokens("3,5 Prozent,mehr").Select(t => t.Text));
    }
}
