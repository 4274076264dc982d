using GraphBuilder.Extraction.Ner;

namespace GraphBuilder.Extraction.Tests.Ner;

public class NerTrainerTests
{
    private static readonly Lazy<NerModel> Model = new(() => NerFixture.Train());

    [Fact]
    public void LearnsTheTrainingSentences()
    {
        var tagger = new NerTagger(Model.Value);
        foreach (var s in NerFixture.Read())
        {
            var (outer, inner) = tagger.TagSequence(s.Tokens);
            var sentence = string.Join(' ', s.Tokens);
            Assert.True(s.Outer!.SequenceEqual(outer), $"outer of '{sentence}': {string.Join(' ', outer.Select(NerTagSet.Name))}");
            Assert.True(s.Inner!.SequenceEqual(inner), $"inner of '{sentence}': {string.Join(' ', inner.Select(NerTagSet.Name))}");
        }
    }

    [Fact]
    public void TagReturnsOuterAndNestedSpans()
    {
        var spans = new NerTagger(Model.Value).Tag(["Der", "FC", "Kickers", "Darmstadt", "gewann", "gestern", "."]);
        Assert.Equal([new NerSpan(1, 4, "ORG", 1), new NerSpan(3, 4, "LOC", 2)], spans);
    }

    [Fact]
    public void SavedAndReloadedModelPredictsTheSame()
    {
        var ms = new MemoryStream();
        Model.Value.Save(ms);
        ms.Position = 0;
        var reloaded = NerModel.Load(ms);
        Assert.Equal(Model.Value.WeightCount, reloaded.WeightCount);
        var a = new NerTagger(Model.Value);
        var b = new NerTagger(reloaded);
        string[][] inputs = [["Angela", "Merkel", "besuchte", "Wien", "."], ["Die", "Nato-Kommission", "tagt", "in", "Paris", "."], ["Kinder", "spielen", "."]];
        foreach (var tokens in inputs.Concat(NerFixture.Read().Select(s => s.Tokens.ToArray())))
        {
            var (o1, i1) = a.TagSequence(tokens);
            var (o2, i2) = b.TagSequence(tokens);
            Assert.Equal(o1, o2);
            Assert.Equal(i1, i2);
        }
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        Assert.Equal(Bytes(NerFixture.Train(seed: 3)), Bytes(NerFixture.Train(seed: 3)));
    }

    [Fact]
    public void TaggingIsDeterministicAcrossThreads()
    {
        var tagger = new NerTagger(Model.Value);
        var sentences = NerFixture.Read().Select(s => s.Tokens).ToList();
        var expected = sentences.Select(s => string.Join(' ', tagger.TagSequence(s).Outer)).ToArray();
        var results = new string[8][];
        Parallel.For(0, 8, k => results[k] = sentences.Select(s => string.Join(' ', tagger.TagSequence(s).Outer)).ToArray());
        foreach (var r in results) Assert.Equal(expected, r);
    }

    [Fact]
    public void EarlyStoppingKeepsBestDevEpoch()
    {
        var lines = new List<string>();
        var data = NerFixture.Read();
        NerTrainer.Train(data, data, new NerTrainingOptions { MaxEpochs = 20, Patience = 2, Threads = 1, Log = lines.Add });
        Assert.Contains(lines, l => l.StartsWith("outer: keeping epoch"));
        // Dev = train, so the fixture is learnt perfectly and training stops long before 20 epochs.
        Assert.DoesNotContain(lines, l => l.StartsWith("outer epoch 20"));
        Assert.Contains(lines, l => l.Contains("F1 100.00"));
    }

    [Fact]
    public void SeveralRunsAreAveragedDeterministically()
    {
        var data = NerFixture.Read();
        NerModel Train(List<string> lines) => NerTrainer.Train(data, data, new NerTrainingOptions { MaxEpochs = 10, Patience = 2, Runs = 2, Threads = 1, Log = lines.Add });
        var lines = new List<string>();
        var a = Train(lines);
        Assert.Contains(lines, l => l.StartsWith("outer run 2: keeping epoch"));
        Assert.Contains(lines, l => l.StartsWith("outer: mean of 2 runs"));
        Assert.Contains(lines, l => l.StartsWith("outer: O penalty"));
        Assert.Equal(Bytes(a), Bytes(Train([])));
    }

    [Fact]
    public void OPenaltyCanBeSwitchedOff()
    {
        var lines = new List<string>();
        var data = NerFixture.Read();
        NerTrainer.Train(data, data, new NerTrainingOptions { MaxEpochs = 5, TuneOutsideBias = false, Threads = 1, Log = lines.Add });
        Assert.DoesNotContain(lines, l => l.Contains("O penalty"));
    }

    [Fact]
    public void RejectsUntaggedTrainingData()
    {
        var untagged = GermEvalFormat.Read(new StringReader("1\tBerlin\n"), "u", requireTags: false);
        Assert.Throws<ArgumentException>(() => NerTrainer.Train(untagged, null, new NerTrainingOptions()));
    }

    [Fact]
    public void LoadRejectsSomethingElse()
    {
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream("not a model"u8.ToArray())));
        var ms = new MemoryStream();
        Model.Value.Save(ms);
        var truncated = ms.ToArray()[..(int)(ms.Length / 2)];
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(truncated)));
    }

    private static byte[] Bytes(NerModel m)
    {
        var ms = new MemoryStream();
        m.Save(ms);
        return ms.ToArray();
    }
}
