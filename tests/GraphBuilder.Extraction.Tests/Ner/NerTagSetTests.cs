using GraphBuilder.Extraction.Ner;

namespace GraphBuilder.Extraction.Tests.Ner;

public class NerTagSetTests
{
    private static int[] Tags(params string[] names) => names.Select(NerTagSet.Parse).ToArray();

    [Fact]
    public void HasTwentyFiveTagsThatRoundTrip()
    {
        Assert.Equal(25, NerTagSet.Count);
        for (var t = 0; t < NerTagSet.Count; t++) Assert.Equal(t, NerTagSet.Parse(NerTagSet.Name(t)));
        Assert.Equal(-1, NerTagSet.Parse("B-MISC"));
    }

    [Fact]
    public void ChunksFollowConllevalConvention()
    {
        var chunks = NerTagSet.Chunks(Tags("B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG"));
        Assert.Equal(
            [new NerSpan(0, 2, "PER"), new NerSpan(3, 4, "LOC"), new NerSpan(4, 5, "LOC"), new NerSpan(5, 7, "ORG")],
            chunks);
    }

    [Fact]
    public void InsideTagOnlyContinuesItsOwnLabel()
    {
        Assert.True(NerTagSet.Allowed(NerTagSet.Parse("B-LOC"), NerTagSet.Parse("I-LOC")));
        Assert.True(NerTagSet.Allowed(NerTagSet.Parse("I-LOC"), NerTagSet.Parse("I-LOC")));
        Assert.False(NerTagSet.Allowed(NerTagSet.Parse("B-PER"), NerTagSet.Parse("I-LOC")));
        Assert.False(NerTagSet.Allowed(NerTagSet.Outside, NerTagSet.Parse("I-LOC")));
        Assert.False(NerTagSet.Allowed(-1, NerTagSet.Parse("I-LOC")));
        Assert.True(NerTagSet.Allowed(-1, NerTagSet.Parse("B-LOC")));
    }

    [Fact]
    public void ViterbiNeverStartsAChunkWithInside()
    {
        var T = NerTagSet.Count;
        var iLoc = NerTagSet.Parse("I-LOC");
        var bLoc = NerTagSet.Parse("B-LOC");
        // Emissions strongly prefer I-LOC everywhere; the only legal way to use it is B-LOC first.
        var emit = new float[3 * T];
        for (var i = 0; i < 3; i++) { emit[i * T + iLoc] = 10; emit[i * T + bLoc] = 1; }
        var tags = new int[3];
        ViterbiDecoder.Decode(emit, 3, new float[(T + 1) * T], new float[T], tags, new float[3 * T], new int[3 * T]);
        Assert.Equal([bLoc, iLoc, iLoc], tags);
    }
}
