using GraphBuilder.Extraction.Ner;

namespace GraphBuilder.Extraction.Tests.Ner;

public class NerTaggerTests
{
    [Fact]
    public void TagTextReturnsCharacterOffsets()
    {
        var tagger = new NerTagger(NerFixture.Train());
        const string text = "Olaf Scholz traf Emmanuel Macron in Berlin. Siemens baut ein Werk in München.";
        var entities = tagger.TagText(text);
        Assert.Contains(new NerEntity(0, 11, "PER", "Olaf Scholz"), entities);
        Assert.Contains(new NerEntity(36, 42, "LOC", "Berlin"), entities);
        Assert.Contains(new NerEntity(44, 51, "ORG", "Siemens"), entities);
        foreach (var e in entities) Assert.Equal(e.Text, text[e.Start..e.End]);
    }

    [Fact]
    public void EmptySentenceHasNoNames()
    {
        var tagger = new NerTagger(NerFixture.Train());
        Assert.Empty(tagger.Tag([]));
        Assert.Empty(tagger.TagText("   "));
    }

    [Fact]
    public void ShippedModelLoadsAndFindsCommonNames()
    {
        var tagger = NerTagger.Default;
        Assert.Same(tagger, NerTagger.Default);
        var spans = tagger.Tag(["Bundeskanzlerin", "Angela", "Merkel", "reiste", "am", "Montag", "nach", "Frankreich", "."]);
        Assert.Contains(new NerSpan(1, 3, "PER"), spans);
        Assert.Contains(new NerSpan(7, 8, "LOC"), spans);
        Assert.True(tagger.Model.HasInnerLevel);
    }
}
