namespace GraphBuilder.Extraction.Text;

/// <summary>What a token is, as far as the tokenizer can tell.</summary>
public enum TokenKind
{
    /// <summary>A word (letters, possibly hyphenated: "US-Außenminister").</summary>
    Word,
    /// <summary>A number ("100.000", "80,1", "2014").</summary>
    Number,
    /// <summary>An ordinal number with its period ("19." in "19. Januar").</summary>
    Ordinal,
    /// <summary>An abbreviation with its period ("Dr.", "z.B.").</summary>
    Abbreviation,
    /// <summary>An opening quotation mark („ » or a left-hand ").</summary>
    QuoteOpen,
    /// <summary>A closing quotation mark (“ ” « or a right-hand ").</summary>
    QuoteClose,
    /// <summary>Sentence-final punctuation (. ! ? …).</summary>
    SentenceEnd,
    /// <summary>Any other punctuation or symbol.</summary>
    Punctuation,
}

/// <summary>A token: its text and where it stands in the document text (character offsets, end exclusive).</summary>
public sealed class Token
{
    /// <summary>Creates a token.</summary>
    public Token(string text, int start, TokenKind kind, int index)
    {
        Text = text;
        Start = start;
        Kind = kind;
        Index = index;
        Lower = text.ToLowerInvariant();
    }

    /// <summary>The token's text, exactly as in the document.</summary>
    public string Text { get; }
    /// <summary>Lower-cased text (cached: every stage compares lower-case forms).</summary>
    public string Lower { get; }
    /// <summary>Offset of the first character.</summary>
    public int Start { get; }
    /// <summary>Offset after the last character.</summary>
    public int End => Start + Text.Length;
    /// <summary>The token's kind.</summary>
    public TokenKind Kind { get; }
    /// <summary>Position in the document's token list.</summary>
    public int Index { get; }
    /// <summary>Index of the sentence holding the token (set by the sentence splitter).</summary>
    public int Sentence { get; internal set; }
    /// <summary>True when the token stands inside a direct quotation (set by the quote finder).</summary>
    public bool InQuote { get; internal set; }

    /// <summary>True for words starting with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>True for words written wholly in capitals ("NATO", "BRÜSSEL").</summary>
    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word) return false;
            bool letter = false;
            foreach (var c in Text)
            {
                if (char.IsLetter(c)) { letter = true; if (!char.IsUpper(c)) return false; }
            }
            return letter;
        }
    }

    /// <summary>True when the word is a hyphenated compound ("Nato-Generalsekretär").</summary>
    public bool IsCompound => Kind == TokenKind.Word && Text.IndexOf('-', 1) > 0 && Text.IndexOf('-', 1) < Text.Length - 1;

    /// <summary>The parts of a hyphenated compound ("US", "Außenminister"); the word itself when it has no hyphen.</summary>
    public string[] Parts => IsCompound ? Text.Split('-', StringSplitOptions.RemoveEmptyEntries) : [Text];

    /// <inheritdoc />
    public override string ToString() => Text;
}
