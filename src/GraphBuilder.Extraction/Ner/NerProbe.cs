namespace GraphBuilder.Extraction.Ner;
public static class NerProbe
{
    public static string Run(NerTagger tagger, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var m = tagger.Model;
        var buf = new FeatureBuffer();
        var sc = new LinearModel.Scratch();
        var infos = new TokenInfo[500];
        var tags = new int[500];
        long toks = 0; double tInfo = 0, tExt = 0, tScore = 0, tDec = 0;
        long found = 0, looked = 0, probes = 0;
        for (var rep = 0; rep < 3; rep++)
        foreach (var s in sentences)
        {
            var c = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < s.Count; i++) { infos[i] = TokenInfo.Compute(s[i]); m.Lexicon.Annotate(s[i], ref infos[i]); }
            tInfo += c.Elapsed.TotalMilliseconds; c.Restart();
            FeatureExtractor.Extract(infos.AsSpan(0, s.Count), default, buf);
            tExt += c.Elapsed.TotalMilliseconds; c.Restart();
            sc.Ensure(s.Count);
            m.Outer.Score(buf, sc.Emit);
            tScore += c.Elapsed.TotalMilliseconds; c.Restart();
            ViterbiDecoder.Decode(sc.Emit, s.Count, m.Outer.Transitions, m.Outer.End, tags, sc.Delta, sc.Back);
            tDec += c.Elapsed.TotalMilliseconds;
            toks += s.Count;
            for (var k = 0; k < buf.Count; k++) { looked++; if (m.Outer.Table.TryFind(buf.Keys[k], out _)) found++; }
        }
        return $"tokens {toks}: info {tInfo:F0} ms, extract {tExt:F0} ms, score {tScore:F0} ms, decode {tDec:F0} ms; features/token {(double)looked/toks:F1}, found {(double)found/looked:P0}, keys {m.Outer.Keys.Length}, weights {m.Outer.WeightCount}";
    }
}
