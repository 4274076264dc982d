using System.Diagnostics;

namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Trains <see cref="NerModel"/>s: an averaged structured perceptron over hashed features, decoded with Viterbi
/// under BIO constraints, one model for the outer level and one for the inner level (which also sees the outer
/// tags). Feature extraction runs in parallel; the perceptron visits sentences in an order shuffled with a fixed
/// seed, so the same data and options give the same model. With dev data, the epoch with the best dev F1 is kept
/// and training stops when it has not improved for <see cref="NerTrainingOptions.Patience"/> epochs.
/// </summary>
public static class NerTrainer
{
    private static readonly int T = NerTagSet.Count;

    /// <summary>Trains a model on <paramref name="train"/>, early-stopping on <paramref name="dev"/> when given.</summary>
    public static NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev, NerTrainingOptions options)
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences");
        foreach (var s in train.Concat(dev ?? []))
            if (s.Outer == null || s.Inner == null) throw new ArgumentException($"sentence at line {s.FirstLine} has no tags; training data needs all four columns");
        var log = options.Log ?? (_ => { });
        var clock = Stopwatch.StartNew();

        var jackknife = options.LexiconFolds > 1;
        var lexBuilder = new LexiconBuilder(Math.Max(1, options.LexiconFolds));
        for (var i = 0; i < train.Count; i++) lexBuilder.Add(i, train[i]);
        var (gaz, gazClasses) = BuildGazetteer(options.Gazetteer);
        var dict = new HashSet<uint>();
        foreach (var word in options.Dictionary ?? []) dict.Add(NerLexicon.DictionaryKey(word));
        var lexicon = new NerLexicon(lexBuilder.BuildFull(), gaz, gazClasses, dict);

        // Token infos: jack-knifed lexicon codes for training sentences, the full lexicon for dev.
        var trainInfo = new TokenInfo[train.Count][];
        Parallel.For(0, train.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i =>
        {
            var s = train[i];
            var fold = lexBuilder.FoldOf(i);
            var infos = new TokenInfo[s.Tokens.Count];
            for (var k = 0; k < infos.Length; k++)
            {
                var w = s.Tokens[k];
                infos[k] = TokenInfo.Compute(w);
                lexicon.Annotate(w, ref infos[k]);
                if (!jackknife) continue;
                infos[k].LexCode = lexBuilder.CodeWithout(w, fold);
                if (w.Length > 0 && char.IsUpper(w[0])) infos[k].LowerLexCode = lexBuilder.CodeWithout(w.ToLowerInvariant(), fold);
                if (infos[k].HyphenFirst != 0 && TokenInfo.HyphenFirstPart(w) is { } part) infos[k].HyphenLexCode = lexBuilder.CodeWithout(part, fold);
                if (infos[k].HyphenFirst != 0 && TokenInfo.HyphenLastPart(w) is { } lastPart) infos[k].HyphenLastLexCode = lexBuilder.CodeWithout(lastPart, fold);
            }
            trainInfo[i] = infos;
        });
        var devInfo = dev?.Select(s => NerTagger.Annotate(s.Tokens, lexicon)).ToArray();
        log($"lexicon: {lexicon.Codes.Count} words, gazetteer: {lexicon.Gazetteer.Count} words, dictionary: {dict.Count} words; {clock.Elapsed.TotalSeconds:F1} s");

        var outer = TrainLevel("outer", train, trainInfo, s => s.Outer!, null, dev, devInfo, null, options, log, clock);
        LinearModel? inner = null;
        if (options.InnerLevel)
        {
            // The inner model sees gold outer tags in training and the outer model's predictions on dev, as when tagging.
            int[][]? devOuterPred = null;
            if (dev != null)
            {
                var probe = new NerModel(lexicon, outer, null, "");
                var tagger = new NerTagger(probe);
                devOuterPred = dev.Select(s => tagger.TagSequence(s.Tokens).Outer).ToArray();
            }
            inner = TrainLevel("inner", train, trainInfo, s => s.Inner!, train.Select(s => s.Outer!).ToArray(), dev, devInfo, devOuterPred, options, log, clock);
        }
        return new NerModel(lexicon, outer, inner, options.Description);
    }

    private static LinearModel TrainLevel(string level, IReadOnlyList<NerSentence> train, TokenInfo[][] trainInfo, Func<NerSentence, int[]> gold,
        int[][]? trainOuter, IReadOnlyList<NerSentence>? dev, TokenInfo[][]? devInfo, int[][]? devOuter, NerTrainingOptions options, Action<string> log, Stopwatch clock)
    {
        // Outer level: one instance per sentence. Inner level: one per outer chunk (gold chunks in training,
        // predicted ones on dev), because nested names lie inside outer names.
        var trainSegs = Segments(trainInfo.Length, i => trainInfo[i].Length, trainOuter);
        var trainKeys = ExtractAll(trainInfo, trainOuter, trainSegs, options.Threads);

        // Feature dictionary: indexes in order of first appearance, so it does not depend on hash order or threads.
        var counts = new Dictionary<uint, int>();
        foreach (var (keys, _) in trainKeys)
            foreach (var k in keys) counts[k] = counts.TryGetValue(k, out var c) ? c + 1 : 1;
        var index = new Dictionary<uint, int>();
        var keyOf = new List<uint>();
        foreach (var (keys, _) in trainKeys)
            foreach (var k in keys)
                if (counts[k] >= options.MinFeatureCount && !index.ContainsKey(k)) { index[k] = keyOf.Count; keyOf.Add(k); }
        counts = null;
        var trainSet = trainKeys.Select((p, k) => Encode(p.Keys, p.Starts, index, gold(train[trainSegs[k].Sentence]).AsSpan(trainSegs[k].Start, trainSegs[k].Length).ToArray())).ToArray();
        trainKeys = null;
        Encoded[]? devSet = null;
        Segment[]? devSegs = null;
        if (dev != null)
        {
            devSegs = Segments(dev.Count, i => dev[i].Tokens.Count, devOuter);
            var devKeys = ExtractAll(devInfo!, devOuter, devSegs, options.Threads);
            devSet = devKeys.Select((p, k) => Encode(p.Keys, p.Starts, index, gold(dev[devSegs[k].Sentence]).AsSpan(devSegs[k].Start, devSegs[k].Length).ToArray())).ToArray();
        }
        var F = keyOf.Count;
        log($"{level}: {F} features, {trainSet.Length} {(trainOuter == null ? "sentences" : "outer chunks")}; {clock.Elapsed.TotalSeconds:F1} s");

        var maxLen = Math.Max(1, trainSet.Concat(devSet ?? []).Select(e => e.Gold.Length).DefaultIfEmpty(0).Max());
        var emit = new float[maxLen * T];
        var delta = new float[maxLen * T];
        var back = new int[maxLen * T];
        var pred = new int[maxLen];

        ChunkScore EvalDev(float[] weights, int trans, int end, float oPenalty = 0)
        {
            // Score whole sentences (tags outside every segment are O) against the gold tags.
            var full = dev!.Select(s => new int[s.Tokens.Count]).ToArray();
            for (var k = 0; k < devSet!.Length; k++)
            {
                var e = devSet[k];
                var n = e.Gold.Length;
                Weights.Score(e, emit, weights);
                for (var i = 0; i < n; i++) emit[i * T] -= oPenalty;
                ViterbiDecoder.Decode(emit, n, weights.AsSpan(trans, (T + 1) * T), weights.AsSpan(end, T), pred, delta, back);
                pred.AsSpan(0, n).CopyTo(full[devSegs![k].Sentence].AsSpan(devSegs[k].Start));
            }
            var sc = new ChunkScore();
            for (var i = 0; i < dev!.Count; i++) sc.Add(gold(dev[i]), full[i]);
            return sc;
        }

        // Several runs with different shuffles (seed, seed + 1, ...), each early-stopped on its own; the saved model
        // is the mean of their best averaged weights, a small ensemble that costs nothing at tagging time.
        var runs = Math.Max(1, options.Runs);
        float[]? sum = null;
        Weights? w = null;
        for (var run = 0; run < runs; run++)
        {
            w = new Weights(F);
            var rng = new Random(options.Seed + run);
            var order = Enumerable.Range(0, trainSet.Length).ToArray();
            float[]? best = null;
            var bestF1 = -1.0;
            var bestEpoch = 0;
            for (var epoch = 1; epoch <= options.MaxEpochs; epoch++)
            {
                var epochClock = Stopwatch.StartNew();
                rng.Shuffle(order);
                var errors = 0;
                foreach (var si in order)
                {
                    var e = trainSet[si];
                    var n = e.Gold.Length;
                    Weights.Score(e, emit, w.W);
                    ViterbiDecoder.Decode(emit, n, w.W.AsSpan(w.TransOffset, (T + 1) * T), w.W.AsSpan(w.EndOffset, T), pred, delta, back);
                    if (!pred.AsSpan(0, n).SequenceEqual(e.Gold)) { w.Update(e, pred, emit, options.MaxStep); errors++; }
                    w.Tick();
                }
                var avg = w.Averaged();
                double f1;
                string score;
                if (devSet != null)
                {
                    var sc = EvalDev(avg, w.TransOffset, w.EndOffset);
                    f1 = sc.F1;
                    score = $"dev {sc}";
                }
                else
                {
                    f1 = epoch; // without dev data the last epoch wins
                    score = "no dev data";
                }
                if (f1 > bestF1) { bestF1 = f1; best = avg; bestEpoch = epoch; }
                log($"{level}{(runs > 1 ? $" run {run + 1}" : "")} epoch {epoch,2}: {errors} sentences wrong, {score}, {epochClock.Elapsed.TotalSeconds:F1} s (total {clock.Elapsed.TotalSeconds:F0} s)");
                if (devSet != null && epoch - bestEpoch >= options.Patience) break;
            }
            log($"{level}{(runs > 1 ? $" run {run + 1}" : "")}: keeping epoch {bestEpoch}" + (devSet != null ? $" (dev F1 {bestF1:F2})" : ""));
            if (sum == null) sum = best!;
            else for (var i = 0; i < sum.Length; i++) sum[i] += best![i];
        }
        if (runs > 1)
        {
            for (var i = 0; i < sum!.Length; i++) sum[i] /= runs;
            if (devSet != null) log($"{level}: mean of {runs} runs, dev {EvalDev(sum, w!.TransOffset, w.EndOffset)}");
        }
        var best0 = sum!;
        if (devSet != null && options.TuneOutsideBias && index.TryGetValue(FeatureExtractor.BiasKey, out var biasF))
        {
            // The perceptron's precision runs ahead of its recall; one constant taken off the O score of every token
            // (folded into the bias feature's O weight) trades them for F1. Chosen on dev, from a grid scaled by the
            // typical margin between O and the best other tag.
            double margin = 0;
            var count = 0;
            foreach (var e in devSet)
            {
                Weights.Score(e, emit, best0);
                for (var i = 0; i < e.Gold.Length; i++)
                {
                    var other = float.NegativeInfinity;
                    for (var t = 1; t < T; t++) other = Math.Max(other, emit[i * T + t]);
                    margin += Math.Abs(emit[i * T] - other);
                    count++;
                }
            }
            var unit = (float)(margin / Math.Max(1, count)) / 20;
            var bestPenalty = 0f;
            var bestScore = EvalDev(best0, w!.TransOffset, w.EndOffset).F1;
            var baseScore = bestScore;
            foreach (var k in new[] { -2, 1, 2, 3, 4, 5, 6, 8, 10 })
            {
                var f1 = EvalDev(best0, w.TransOffset, w.EndOffset, k * unit).F1;
                if (f1 > bestScore) { bestScore = f1; bestPenalty = k * unit; }
            }
            foreach (var half in new[] { -0.5f, 0.5f })
            {
                var p = bestPenalty + half * unit;
                var f1 = EvalDev(best0, w.TransOffset, w.EndOffset, p).F1;
                if (f1 > bestScore) { bestScore = f1; bestPenalty = p; }
            }
            best0[biasF * T] -= bestPenalty;
            log($"{level}: O penalty {bestPenalty:F3} (unit {unit:F3}): dev F1 {baseScore:F2} -> {bestScore:F2}");
        }
        return Compact(best0, keyOf, w!, options.PruneBelow);
    }

    /// <summary>A stretch of a sentence that is one training or dev instance.</summary>
    private readonly record struct Segment(int Sentence, int Start, int Length);

    private static Segment[] Segments(int sentences, Func<int, int> length, int[][]? outer)
    {
        var result = new List<Segment>();
        for (var i = 0; i < sentences; i++)
        {
            if (outer == null) { result.Add(new Segment(i, 0, length(i))); continue; }
            foreach (var c in NerTagSet.Chunks(outer[i])) result.Add(new Segment(i, c.Start, c.End - c.Start));
        }
        return result.ToArray();
    }

    private static (uint[] Keys, int[] Starts)[] ExtractAll(TokenInfo[][] infos, int[][]? outer, Segment[] segments, int threads)
    {
        var result = new (uint[], int[])[segments.Length];
        Parallel.For(0, segments.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => new FeatureBuffer(), (k, _, buf) =>
        {
            var seg = segments[k];
            FeatureExtractor.Extract(infos[seg.Sentence], outer != null ? outer[seg.Sentence] : default, buf, seg.Start, seg.Start + seg.Length);
            result[k] = (buf.Keys.AsSpan(0, buf.Count).ToArray(), buf.Starts.AsSpan(0, buf.Tokens + 1).ToArray());
            return buf;
        }, _ => { });
        return result;
    }

    private static Encoded Encode(uint[] keys, int[] starts, Dictionary<uint, int> index, int[] gold)
    {
        var feats = new List<int>(keys.Length);
        var outStarts = new int[starts.Length];
        for (var i = 0; i + 1 < starts.Length; i++)
        {
            outStarts[i] = feats.Count;
            for (var k = starts[i]; k < starts[i + 1]; k++)
                if (index.TryGetValue(keys[k], out var f)) feats.Add(f);
        }
        outStarts[^1] = feats.Count;
        return new Encoded(feats.ToArray(), outStarts, gold);
    }

    private static LinearModel Compact(float[] avg, List<uint> keyOf, Weights w, float prune)
    {
        var rows = new List<(uint Key, int Feature)>();
        for (var f = 0; f < keyOf.Count; f++)
        {
            for (var t = 0; t < T; t++)
                if (Math.Abs(avg[f * T + t]) >= prune) { rows.Add((keyOf[f], f)); break; }
        }
        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new uint[rows.Count];
        var rowStart = new int[rows.Count + 1];
        var tags = new List<byte>();
        var weights = new List<float>();
        for (var r = 0; r < rows.Count; r++)
        {
            keys[r] = rows[r].Key;
            rowStart[r] = tags.Count;
            var f = rows[r].Feature;
            for (var t = 0; t < T; t++)
            {
                var x = avg[f * T + t];
                if (Math.Abs(x) >= prune) { tags.Add((byte)t); weights.Add(x); }
            }
        }
        rowStart[^1] = tags.Count;
        return new LinearModel(keys, rowStart, tags.ToArray(), weights.ToArray(),
            avg.AsSpan(w.TransOffset, (T + 1) * T).ToArray(), avg.AsSpan(w.EndOffset, T).ToArray());
    }

    /// <summary>A sentence as feature indexes per token and gold tags.</summary>
    private sealed record Encoded(int[] Features, int[] Starts, int[] Gold);

    /// <summary>
    /// Perceptron weights with lazy averaging (Daumé's trick): <c>U</c> accumulates every update times the
    /// example counter, and the average is <c>W - U / c</c>. Emission weights come first (feature * T + tag),
    /// then transitions ((T+1) x T, last row = start), then end scores.
    /// </summary>
    private sealed class Weights
    {
        public readonly float[] W;
        private readonly double[] _u;
        private long _c = 1;
        public readonly int TransOffset;
        public readonly int EndOffset;

        public Weights(int features)
        {
            TransOffset = features * T;
            EndOffset = TransOffset + (T + 1) * T;
            W = new float[EndOffset + T];
            _u = new double[W.Length];
        }

        public void Tick() => _c++;

        public static void Score(Encoded e, float[] emit, float[] weights)
        {
            var n = e.Gold.Length;
            Array.Clear(emit, 0, n * T);
            for (var i = 0; i < n; i++)
            {
                var row = emit.AsSpan(i * T, T);
                for (var k = e.Starts[i]; k < e.Starts[i + 1]; k++)
                {
                    var src = weights.AsSpan(e.Features[k] * T, T);
                    for (var t = 0; t < T; t++) row[t] += src[t];
                }
            }
        }

        /// <summary>
        /// Moves the weights towards the gold sequence and away from the prediction. With <paramref name="maxStep"/>
        /// &gt; 0 the step is passive-aggressive (PA-I): just large enough for the gold sequence to win by its Hamming
        /// loss, capped at <paramref name="maxStep"/>; otherwise it is the perceptron's step of 1.
        /// </summary>
        public void Update(Encoded e, int[] pred, float[] emit, float maxStep)
        {
            var n = e.Gold.Length;
            var step = 1f;
            if (maxStep > 0)
            {
                double margin = 0, norm = 0;
                var loss = 0;
                for (var i = 0; i < n; i++)
                {
                    var g = e.Gold[i];
                    var p = pred[i];
                    var gPrev = i == 0 ? T : e.Gold[i - 1];
                    var pPrev = i == 0 ? T : pred[i - 1];
                    if (g != p)
                    {
                        loss++;
                        margin += emit[i * T + g] - emit[i * T + p];
                        norm += 2 * (e.Starts[i + 1] - e.Starts[i]);
                    }
                    if (g != p || gPrev != pPrev)
                    {
                        margin += W[TransOffset + gPrev * T + g] - W[TransOffset + pPrev * T + p];
                        norm += 2;
                    }
                }
                if (e.Gold[n - 1] != pred[n - 1]) { margin += W[EndOffset + e.Gold[n - 1]] - W[EndOffset + pred[n - 1]]; norm += 2; }
                step = (float)Math.Min(maxStep, Math.Max(0, loss - margin) / Math.Max(norm, 1));
                if (step <= 0) return;
            }
            for (var i = 0; i < n; i++)
            {
                var g = e.Gold[i];
                var p = pred[i];
                if (g != p)
                {
                    for (var k = e.Starts[i]; k < e.Starts[i + 1]; k++)
                    {
                        var f = e.Features[k] * T;
                        Add(f + g, step);
                        Add(f + p, -step);
                    }
                }
                var gPrev = i == 0 ? T : e.Gold[i - 1];
                var pPrev = i == 0 ? T : pred[i - 1];
                if (g != p || gPrev != pPrev)
                {
                    Add(TransOffset + gPrev * T + g, step);
                    Add(TransOffset + pPrev * T + p, -step);
                }
            }
            if (e.Gold[n - 1] != pred[n - 1])
            {
                Add(EndOffset + e.Gold[n - 1], step);
                Add(EndOffset + pred[n - 1], -step);
            }
        }

        private void Add(int i, float x)
        {
            W[i] += x;
            _u[i] += _c * x;
        }

        public float[] Averaged()
        {
            var a = new float[W.Length];
            for (var i = 0; i < a.Length; i++) a[i] = (float)(W[i] - _u[i] / _c);
            return a;
        }
    }

    private static (Dictionary<string, uint>, IReadOnlyList<string>) BuildGazetteer(IReadOnlyDictionary<string, IReadOnlyCollection<string>>? lists)
    {
        var gaz = new Dictionary<string, uint>(StringComparer.Ordinal);
        if (lists == null) return (gaz, []);
        var classes = lists.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (classes.Count > 16) throw new ArgumentException("at most 16 gazetteer classes");
        for (var c = 0; c < classes.Count; c++)
        {
            foreach (var name in lists[classes[c]])
            {
                var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // Bit 2c: the word is a whole name of class c; bit 2c+1: it is one word of a longer name.
                var bit = parts.Length == 1 ? 1u << (2 * c) : 1u << (2 * c + 1);
                foreach (var p in parts) gaz[p] = (gaz.TryGetValue(p, out var b) ? b : 0) | bit;
            }
        }
        return (gaz, classes);
    }
}
