namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Builds the training-data lexicon. For the training sentences themselves the codes are jack-knifed: a sentence
/// in fold k sees the lexicon built from the other folds, so the model learns how far the lexicon can be trusted on
/// unseen text instead of learning that it is always right.
/// </summary>
internal sealed class LexiconBuilder
{
    private readonly int _folds;
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public LexiconBuilder(int folds) => _folds = folds;

    /// <summary>The fold of training sentence number <paramref name="sentence"/>.</summary>
    public int FoldOf(int sentence) => sentence % _folds;

    public void Add(int sentence, NerSentence s)
    {
        var fold = FoldOf(sentence);
        var outer = s.Outer ?? throw new ArgumentException("training sentences need tags");
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var word = s.Tokens[i];
            if (!_counts.TryGetValue(word, out var c))
            {
                c = new int[(_folds + 1) * NerLexicon.Classes];
                _counts[word] = c;
            }
            var cls = outer[i] == NerTagSet.Outside ? 0 : 1 + NerTagSet.LabelOf(outer[i]);
            c[cls]++; // row 0: all folds
            c[(fold + 1) * NerLexicon.Classes + cls]++;
        }
    }

    /// <summary>Codes from all training data (what the shipped model uses).</summary>
    public Dictionary<string, int> BuildFull()
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, c) in _counts)
        {
            var code = NerLexicon.CodeOf(c.AsSpan(0, NerLexicon.Classes));
            if (code != 0) result[w] = code;
        }
        return result;
    }

    /// <summary>The code of <paramref name="word"/> from all folds but <paramref name="fold"/>.</summary>
    public int CodeWithout(string word, int fold)
    {
        if (!_counts.TryGetValue(word, out var c)) return 0;
        Span<int> rest = stackalloc int[NerLexicon.Classes];
        var off = (fold + 1) * NerLexicon.Classes;
        for (var k = 0; k < NerLexicon.Classes; k++) rest[k] = c[k] - c[off + k];
        return NerLexicon.CodeOf(rest);
    }
}
