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
        var infos = work.Infos(n);
        for (var i = 0; i < n; i++)
        {
            infos[i] = TokenInfo.Compute(tokens[i]);
            Model.Lexicon.Annotate(tokens[i], ref infos[i]);
        }
        FeatureExtractor.Extract(infos.AsSpan(0, n), default, work.Features);
        Model.Outer.Tag(work.Features, outer, work.Scratch);
        if (Model.Inner != null)
        {
            FeatureExtractor.Extract(infos.AsSpan(0, n), outer, work.Features);
            Model.Inner.Tag(work.Features, inner, work.Scratch);
        }
        return (outer, inner);
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

    private sealed class Work
    {
        private TokenInfo[] _infos = new TokenInfo[64];
        public readonly FeatureBuffer Features = new();
        public readonly LinearModel.Scratch Scratch = new();

        public TokenInfo[] Infos(int n)
        {
            if (_infos.Length < n) _infos = new TokenInfo[Math.Max(n, _infos.Length * 2)];
            return _infos;
        }
    }
}
