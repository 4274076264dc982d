namespace GraphBuilder.Extraction.Text;

/// <summary>
/// Splits a token list into sentences: after sentence-final punctuation (taking a closing quotation mark or
/// bracket that follows with it) and at every line break, since news text puts headlines and datelines on lines of
/// their own without a final period. Abbreviations and ordinals carry their period inside the token, so they
/// never end a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>The shared instance.</summary>
    public static readonly SentenceSplitter Default = new();

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/>; sets every token's sentence index.</summary>
    public List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool end = false;
            var t = tokens[i];
            if (t.Kind == TokenKind.SentenceEnd)
            {
                while (i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End
                       && (tokens[i + 1].Kind == TokenKind.QuoteClose || tokens[i + 1].Text is ")" or "]"))
                    i++;
                end = true;
            }
            if (!end && i + 1 < tokens.Count && HasLineBreak(text, tokens[i].End, tokens[i + 1].Start)) end = true;
            if (end || i == tokens.Count - 1)
            {
                Add(sentences, tokens, first, i + 1);
                first = i + 1;
            }
        }
        return sentences;
    }

    private static void Add(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end <= first) return;
        int index = sentences.Count;
        for (int k = first; k < end; k++) tokens[k].Sentence = index;
        sentences.Add(new Sentence(index, first, end, tokens[first].Start, tokens[end - 1].End));
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] == '\n') return true;
        return false;
    }
}
