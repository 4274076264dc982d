using GraphBuilder.Extraction.Ner;

namespace GraphBuilder.Extraction.Tests.Ner;

public class GermEvalFormatTests
{
    private static List<NerSentence> Read(string text, bool requireTags = true) => GermEvalFormat.Read(new StringReader(text), "t.tsv", requireTags);

    [Fact]
    public void ReadsSentencesCommentsAndBothTagColumns()
    {
        var s = Read("#\thttp://x\t[2009]\t\n1\tDer\tO\tO\n2\tFC\tB-ORG\tO\n3\tKickers\tI-ORG\tB-LOC\n\n1\tJa\tO\tO\n");
        Assert.Equal(2, s.Count);
        Assert.Equal(["#\thttp://x\t[2009]\t"], s[0].Comments);
        Assert.Equal(["Der", "FC", "Kickers"], s[0].Tokens);
        Assert.Equal(["O", "B-ORG", "I-ORG"], s[0].Outer!.Select(NerTagSet.Name));
        Assert.Equal(["O", "O", "B-LOC"], s[0].Inner!.Select(NerTagSet.Name));
        Assert.Equal(["Ja"], s[1].Tokens);
    }

    [Fact]
    public void HashTokenInSecondColumnIsATokenAndTrailingTabIsIgnored()
    {
        var s = Read("1\tNr\tO\tO\n2\t#\tO\tO\t\n3\t5\tO\tO\n");
        Assert.Equal(["Nr", "#", "5"], s[0].Tokens);
    }

    [Fact]
    public void TaggingInputMayHaveTwoColumns()
    {
        var s = Read("1\tBerlin\n2\tlebt\n", requireTags: false);
        Assert.Equal(["Berlin", "lebt"], s[0].Tokens);
        Assert.Null(s[0].Outer);
    }

    [Theory]
    [InlineData("1\tBerlin\tB-LOC\n", "t.tsv:1: expected 4")]
    [InlineData("1\tBerlin\tO\tO\n2\tlebt\n", "t.tsv:2: expected 4")]
    [InlineData("1\tBerlin\tB-XYZ\tO\n", "t.tsv:1: unknown tag 'B-XYZ'")]
    [InlineData("Berlin\n", "t.tsv:1: expected 4")]
    public void RejectsMalformedLinesNamingTheLine(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(text));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void RejectsMixedColumnCountsInTaggingInput()
    {
        var e = Assert.Throws<InvalidDataException>(() => Read("1\tBerlin\tB-LOC\tO\n2\tlebt\n", requireTags: false));
        Assert.StartsWith("t.tsv:2:", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("#\thttp://x\t[2009]\n")]
    public void RejectsFileWithoutTokens(string text)
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(text));
        Assert.Contains("no sentences", e.Message);
    }

    [Fact]
    public void WriteKeepsCommentsAndFirstColumnsAndReplacesTags()
    {
        var text = "#\tsrc\n1\tDie\tO\tO\n2\tEU\tB-ORG\tO\n";
        var s = Read(text);
        var w = new StringWriter();
        GermEvalFormat.Write(w, s, [[0, NerTagSet.Parse("B-LOC")]], [[0, 0]]);
        Assert.Equal("#\tsrc\n1\tDie\tO\tO\n2\tEU\tB-LOC\tO\n\n", w.ToString());
    }
}
