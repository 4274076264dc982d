namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Tags German sentences with a <see cref="NerModel"/>. Thread-safe: the model is immutable and every thread has
/// its own work arrays. <see cref="Default"/> is the model shipped inside this assembly, loaded on first use.
/// </summary>
public sealed class NerTagger
{
    /// <summary>Logical name of the embedded model resource.</summary>
    public const string ResourceName = "GraphBuilder.Extraction.Ner.ner-de.model";

    private static readonly Lazy<NerTagger> DefaultTagger = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static Work? _work;

    /// <summary>Creates a tagger for <paramref name="model"/>.</summary>
    public NerTagger(NerModel model) => Model = model;

    /// <summary>The tagger with the model shipped in the assembly (loaded once, shared by all threads).</summary>
    public static NerTagger Default => DefaultTagger.Value;

    /// <summary>The model.</summary>
    public NerModel Model { get; }

    /// <summary>
    /// The names in a tokenised sentence: outer (level 1) names, then names nested in them (level 2), each ordered
    /// by start token. Token spans are end-exclusive.
    /// </summary>
    public IReadOnlyList<NerSpan> Tag(IReadOnlyList<string> tokens)
    {
        var (outer, inner) = TagSequence(tokens);
        var result = NerTagSet.Chunks(outer);
        foreach (var s in NerTagSet.Chunks(inner)) result.Add(s with { Level = 2 });
        return result;
    }

    /// <summary>The BIO tag numbers (<see cref="NerTagSet"/>) of every token, outer and inner level.</summary>
    public (int[] Outer, int[] Inner) TagSequence(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        var outer = new int[n];
        var inner = new int[n];
        if (n == 0) return (outer, inner);
        var work = _work ??= new Work();
        work.Bind(Model);
        var infos = work.Infos(n);
        var words = work.Words(n);
        var resolved = work.Resolved(n);
        for (var i = 0; i < n; i++)
        {
            var w = work.Lookup(tokens[i]);
            infos[i] = w.Info;
            words[i] = w;
            resolved[i] = w.OuterResolved;
        }
        var T = NerTagSet.Count;
        var scratch = work.Scratch;
        scratch.Ensure(n);
        for (var i = 0; i < n; i++) words[i].OuterPrefix.CopyTo(scratch.Emit, i * T);
        FeatureExtractor.Extract(infos.AsSpan(0, n), default, work.Features, 0, n, wordInternal: false, resolved);
        Model.Outer.Tag(work.Features, outer, scratch, preset: true);
        if (Model.Inner != null)
        {
            // Nested names lie inside outer ones (always so in GermEval), so the inner level is decoded per outer chunk.
            var chunkStart = -1;
            for (var i = 0; i <= n; i++)
            {
                // The chunks of NerTagSet.Chunks, without the list: a chunk ends where a tag does not continue it.
                var t = i < n ? outer[i] : NerTagSet.Outside;
                var continues = chunkStart >= 0 && NerTagSet.IsInside(t) && NerTagSet.LabelOf(t) == NerTagSet.LabelOf(outer[chunkStart]);
                if (chunkStart >= 0 && !continues)
                {
                    TagInner(work, infos, n, outer, inner, chunkStart, i);
                    chunkStart = -1;
                }
                if (t != NerTagSet.Outside && !continues) chunkStart = i;
            }
        }
        return (outer, inner);
    }

    private void TagInner(Work work, TokenInfo[] infos, int n, int[] outer, int[] inner, int start, int end)
    {
        var T = NerTagSet.Count;
        var len = end - start;
        var scratch = work.Scratch;
        scratch.Ensure(len);
        var words = work.Words(n);
        var resolved = work.Resolved(n);
        var model = Model.Inner!;
        for (var i = 0; i < len; i++) words[start + i].InnerPrefix(model, work.Features).CopyTo(scratch.Emit, i * T);
        // The features of a token look two tokens to each side.
        for (int i = Math.Max(0, start - 2), stop = Math.Min(n, end + 2); i < stop; i++) resolved[i] = words[i].InnerResolved(model);
        FeatureExtractor.Extract(infos.AsSpan(0, n), outer, work.Features, start, end, wordInternal: false, resolved);
        Model.Inner!.Tag(work.Features, inner.AsSpan(start, len), scratch, preset: true);
    }

    /// <summary>
    /// Finds the names in plain text: splits it into sentences and tokens, tags them, and returns each name with
    /// its character offsets (end-exclusive), outer names and nested ones, in text order.
    /// </summary>
    public IReadOnlyList<NerEntity> TagText(string text)
    {
        var result = new List<NerEntity>();
        foreach (var sentence in NerTextTokenizer.Sentences(text))
        {
            var words = sentence.Select(t => t.Text).ToArray();
            foreach (var span in Tag(words))
            {
                var start = sentence[span.Start].Start;
                var end = sentence[span.End - 1].End;
                result.Add(new NerEntity(start, end, span.Label, text[start..end], span.Level));
            }
        }
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Level != b.Level ? a.Level.CompareTo(b.Level) : b.End.CompareTo(a.End));
        return result;
    }

    internal static TokenInfo[] Annotate(IReadOnlyList<string> tokens, NerLexicon lexicon)
    {
        var infos = new TokenInfo[tokens.Count];
        for (var i = 0; i < infos.Length; i++)
        {
            infos[i] = TokenInfo.Compute(tokens[i]);
            lexicon.Annotate(tokens[i], ref infos[i]);
        }
        return infos;
    }

    private static NerTagger LoadDefault()
    {
        using var stream = typeof(NerTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the NER model resource {ResourceName} is missing from {typeof(NerTagger).Assembly.GetName().Name}");
        return new NerTagger(NerModel.Load(stream));
    }

    /// <summary>What tagging needs to know of a word form by itself: its annotated token info and the scores of its word-internal features.</summary>
    private sealed class CachedWord
    {
        public required TokenInfo Info;
        public required float[] OuterPrefix;
        public required uint[] OuterResolved;
        private float[]? _innerPrefix;
        private uint[]? _innerResolved;

        public float[] InnerPrefix(LinearModel inner, FeatureBuffer buffer) => _innerPrefix ??= PrefixScores(inner, in Info, buffer);

        public uint[] InnerResolved(LinearModel inner) => _innerResolved ??= Resolve(inner, in Info);
    }

    /// <summary>The table values of the features that depend on this word alone (<see cref="FeatureExtractor.ResolvableKeys"/>).</summary>
    private static uint[] Resolve(LinearModel model, in TokenInfo info)
    {
        Span<uint> keys = stackalloc uint[FeatureExtractor.ResolvableCount];
        FeatureExtractor.ResolvableKeys(in info, keys);
        var values = new uint[keys.Length];
        model.Resolve(keys, values);
        return values;
    }

    private static float[] PrefixScores(LinearModel model, in TokenInfo info, FeatureBuffer buffer)
    {
        buffer.Reset(1);
        FeatureExtractor.AddWordInternal(buffer, in info);
        var row = new float[NerTagSet.Count];
        model.AddScores(buffer.Keys.AsSpan(0, buffer.Count), row);
        return row;
    }

    private sealed class Work
    {
        /// <summary>Word forms cached per thread; when full the cache starts over.</summary>
        private const int MaxWords = 50_000;

        private TokenInfo[] _infos = new TokenInfo[64];
        private CachedWord[] _words = new CachedWord[64];
        private uint[][] _resolved = new uint[64][];
        private readonly Dictionary<string, CachedWord> _cache = new(StringComparer.Ordinal);
        private readonly FeatureBuffer _fill = new();
        private NerModel? _model;
        public readonly FeatureBuffer Features = new();
        public readonly LinearModel.Scratch Scratch = new();

        /// <summary>Ties the cache to <paramref name="model"/>: tagging with another model's tagger on this thread starts it over.</summary>
        public void Bind(NerModel model)
        {
            if (ReferenceEquals(model, _model)) return;
            _cache.Clear();
            _model = model;
        }

        public CachedWord Lookup(string token)
        {
            if (_cache.TryGetValue(token, out var w)) return w;
            var info = TokenInfo.Compute(token);
            _model!.Lexicon.Annotate(token, ref info);
            w = new CachedWord { Info = info, OuterPrefix = PrefixScores(_model.Outer, in info, _fill), OuterResolved = Resolve(_model.Outer, in info) };
            if (_cache.Count >= MaxWords) _cache.Clear();
            _cache[token] = w;
            return w;
        }

        public TokenInfo[] Infos(int n)
        {
            if (_infos.Length < n) _infos = new TokenInfo[Math.Max(n, _infos.Length * 2)];
            return _infos;
        }

        public uint[][] Resolved(int n)
        {
            if (_resolved.Length < n) _resolved = new uint[Math.Max(n, _resolved.Length * 2)][];
            return _resolved;
        }

        public CachedWord[] Words(int n)
        {
            if (_words.Length < n) _words = new CachedWord[Math.Max(n, _words.Length * 2)];
            return _words;
        }
    }
}
