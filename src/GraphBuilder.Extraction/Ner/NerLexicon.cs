namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Word lists stored inside the model, so tagging never reads anything else: a lexicon derived from the training
/// data (for every word seen at least twice, which label it mostly carried and how consistently) and an optional
/// gazetteer (word to class bits, from name lists given at training time).
/// </summary>
internal sealed class NerLexicon
{
    /// <summary>Classes of the training lexicon: O plus the twelve labels.</summary>
    public const int Classes = 13;

    /// <summary>Confidence buckets per class.</summary>
    public const int Buckets = 3;

    /// <summary>Fewer occurrences than this and a word gets no lexicon code.</summary>
    public const int MinCount = 2;

    private readonly Dictionary<string, int> _codes;
    private readonly Dictionary<string, uint> _gazetteer;

    private readonly HashSet<uint> _dictionary;

    public NerLexicon(Dictionary<string, int> codes, Dictionary<string, uint> gazetteer, IReadOnlyList<string> gazetteerClasses, HashSet<uint> dictionary)
    {
        _codes = codes;
        _gazetteer = gazetteer;
        GazetteerClasses = gazetteerClasses;
        _dictionary = dictionary;
    }

    /// <summary>An empty lexicon.</summary>
    public static NerLexicon Empty { get; } = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), [], []);

    /// <summary>
    /// Hashes of the words of a general German word list (spelling dictionary), when one was given at training
    /// time: whether a capitalised word is an ordinary noun, or its lower-case form an ordinary word, tells names
    /// from the nouns German capitalises too.
    /// </summary>
    public IReadOnlySet<uint> Dictionary => _dictionary;

    /// <summary>Key of a word in <see cref="Dictionary"/>.</summary>
    public static uint DictionaryKey(ReadOnlySpan<char> word) => (uint)(FeatureHash.Mix(FeatureHash.Of(word)) >> 32);

    /// <summary>Names of the gazetteer classes, by bit number.</summary>
    public IReadOnlyList<string> GazetteerClasses { get; }

    public IReadOnlyDictionary<string, int> Codes => _codes;

    public IReadOnlyDictionary<string, uint> Gazetteer => _gazetteer;

    public int Code(string word) => _codes.TryGetValue(word, out var c) ? c : 0;

    public uint GazetteerBits(string word) => _gazetteer.TryGetValue(word, out var b) ? b : 0;

    /// <summary>Fills the lexicon and gazetteer fields of a token's info.</summary>
    public void Annotate(string token, ref TokenInfo info)
    {
        // Span lookups: tagging allocates no strings for lower-case forms and hyphen parts.
        var codes = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        info.LexCode = Code(token);
        if (token.Length > 0 && char.IsUpper(token[0]))
        {
            Span<char> lower = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
            token.AsSpan().ToLowerInvariant(lower);
            info.LowerLexCode = codes.TryGetValue(lower, out var lc) ? lc : 0;
        }
        info.Gazetteer = GazetteerBits(token);
        if (_dictionary.Count > 0) info.Dict = DictionaryBits(token);
        if (info.HyphenFirst != 0)
        {
            var gaz = _gazetteer.GetAlternateLookup<ReadOnlySpan<char>>();
            var first = token.AsSpan().IndexOfAny('-', '\u2013');
            if (first > 0)
            {
                var part = token.AsSpan(0, first);
                info.HyphenLexCode = codes.TryGetValue(part, out var pc) ? pc : 0;
                info.HyphenGazetteer = gaz.TryGetValue(part, out var pb) ? pb : 0;
                var lastAt = token.AsSpan().LastIndexOfAny('-', '\u2013');
                if (lastAt < token.Length - 1)
                {
                    var last = token.AsSpan(lastAt + 1);
                    info.HyphenLastLexCode = codes.TryGetValue(last, out var xc) ? xc : 0;
                    if (_dictionary.Count > 0) info.HyphenLastDict = DictionaryBits(last.ToString());
                }
            }
        }
    }

    private int DictionaryBits(string token)
    {
        var bits = _dictionary.Contains(DictionaryKey(token)) ? 1 : 0;
        if (token.Length == 0 || token.Length > 64) return bits;
        Span<char> buf = stackalloc char[token.Length];
        if (char.IsUpper(token[0]))
        {
            token.AsSpan().ToLowerInvariant(buf);
            if (_dictionary.Contains(DictionaryKey(buf))) bits |= 2;
        }
        else if (char.IsLower(token[0]))
        {
            token.AsSpan().CopyTo(buf);
            buf[0] = char.ToUpperInvariant(buf[0]);
            if (_dictionary.Contains(DictionaryKey(buf))) bits |= 4;
        }
        return bits | 8;
    }

    /// <summary>The code for a word's class counts (index 0 = O, 1 + label = inside a chunk of that label).</summary>
    public static int CodeOf(ReadOnlySpan<int> counts)
    {
        var total = 0;
        var best = 0;
        for (var c = 0; c < counts.Length; c++)
        {
            total += counts[c];
            if (counts[c] > counts[best]) best = c;
        }
        if (total < MinCount) return 0;
        var f = (double)counts[best] / total;
        var bucket = f >= 0.9 ? 2 : f >= 0.6 ? 1 : 0;
        // Frequent words get their own codes: "always O in 500 sentences" says more than "O twice".
        var freq = total >= 20 ? 1 : 0;
        return 1 + ((best * Buckets + bucket) << 1) + freq;
    }
}
