namespace GraphBuilder.Extraction.Text;

/// <summary>
/// Pairs opening and closing quotation marks („…“, „…”, "…", »…«, “…”) within a paragraph and marks the tokens
/// between them as quoted. An opening mark without a closing one before the paragraph ends is ignored, and so are
/// marks around fewer than <see cref="MinWords"/> tokens: those set off a title, a name or a term
/// („ARD-Hauptstadtstudio”, „massiven Konsequenzen”), not somebody's words.
/// </summary>
public sealed class QuoteFinder
{
    /// <summary>Fewest tokens a quotation of speech has.</summary>
    public const int MinWords = 4;

    /// <summary>The shared instance.</summary>
    public static readonly QuoteFinder Default = new();

    /// <summary>Finds the quotations of a tokenized text.</summary>
    public List<Quote> Find(string text, IReadOnlyList<Token> tokens)
    {
        var quotes = new List<Quote>();
        int open = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (open >= 0 && i > 0 && IsParagraphBreak(text, tokens[i - 1].End, tokens[i].Start)) open = -1;
            var k = tokens[i].Kind;
            if (k == TokenKind.QuoteOpen) open = i;
            else if (k == TokenKind.QuoteClose && open >= 0)
            {
                if (i - open - 1 >= MinWords)
                {
                    for (int j = open + 1; j < i; j++) tokens[j].InQuote = true;
                    quotes.Add(new Quote(open, i, text[tokens[open + 1].Start..tokens[i - 1].End]));
                }
                open = -1;
            }
        }
        return quotes;
    }

    private static bool IsParagraphBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] == '\n') return true;
        return false;
    }
}
