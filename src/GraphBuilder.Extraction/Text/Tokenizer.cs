namespace GraphBuilder.Extraction.Text;

/// <summary>
/// Splits German text into tokens with character offsets. Hyphenated compounds stay one token
/// ("Nato-Russland-Rat"); abbreviations ("Dr.", "z.B.") and ordinals before a month or a lower-case word
/// ("19. Januar") keep their period; numbers keep their separators ("100.000", "80,1").
/// </summary>
public sealed class Tokenizer
{
    /// <summary>The shared instance (the tokenizer has no state).</summary>
    public static readonly Tokenizer Default = new();

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 8);
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i);
                string word = text[start..i];
                bool allDigits = IsNumber(word);
                if (i < n && text[i] == '.')
                {
                    if (!allDigits && word.Length <= 2 && i + 2 < n && char.IsLetter(text[i + 1]) && DottedEnd(text, i) is int dotted and > 0)
                    {
                        i = dotted;
                        tokens.Add(new Token(text[start..i], start, TokenKind.Abbreviation, tokens.Count));
                        continue;
                    }
                    if (!allDigits && GermanAbbreviations.Contains(word))
                    {
                        i++;
                        tokens.Add(new Token(text[start..i], start, TokenKind.Abbreviation, tokens.Count));
                        continue;
                    }
                    if (allDigits && word.Length <= 2 && IsOrdinalContext(text, i + 1))
                    {
                        i++;
                        tokens.Add(new Token(text[start..i], start, TokenKind.Ordinal, tokens.Count));
                        continue;
                    }
                }
                tokens.Add(new Token(word, start, allDigits ? TokenKind.Number : TokenKind.Word, tokens.Count));
                continue;
            }
            i++;
            TokenKind kind;
            switch (c)
            {
                case '„': case '»': case '‚': kind = TokenKind.QuoteOpen; break;
                case '“' when start == 0 || IsWordChar(text[start - 1]) == false && !char.IsPunctuation(text[start - 1]) && IsFollowedByWord(text, i):
                    // “ opening an English-style quotation (“…”) rather than closing a German one („…“).
                    kind = TokenKind.QuoteOpen; break;
                case '“': case '”': case '«': case '‘': kind = TokenKind.QuoteClose; break;
                case '"':
                    kind = start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '-' or '–' or '/'
                        ? TokenKind.QuoteOpen : TokenKind.QuoteClose;
                    break;
                case '.':
                    while (i < n && text[i] == '.') i++;
                    // "König Abdullah II. empfing …": a regnal number's period before a lower-case word ends no sentence.
                    kind = i == start + 1 && IsRegnalNumber(tokens, start) && IsOrdinalContext(text, i) ? TokenKind.Punctuation : TokenKind.SentenceEnd;
                    break;
                case '!': case '?': case '…':
                    while (i < n && text[i] is '!' or '?') i++;
                    kind = TokenKind.SentenceEnd; break;
                default: kind = TokenKind.Punctuation; break;
            }
            tokens.Add(new Token(text[start..i], start, kind, tokens.Count));
        }
        return tokens;
    }

    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal)
    {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    };

    /// <summary>The last token is a Roman numeral right after a capitalised word, with nothing between ("Abdullah II", "Karl III").</summary>
    private static bool IsRegnalNumber(List<Token> tokens, int period)
    {
        if (tokens.Count < 2) return false;
        var numeral = tokens[^1];
        var name = tokens[^2];
        return numeral.Kind == TokenKind.Word && RomanNumerals.Contains(numeral.Text) && name.Kind == TokenKind.Word && char.IsUpper(name.Text[0])
               && numeral.Start + numeral.Text.Length == period;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsFollowedByWord(string text, int i) => i < text.Length && char.IsLetterOrDigit(text[i]);

    /// <summary>Letters/digits with inner hyphens, apostrophes, and digit separators; a trailing hyphen stays ("Offensiv-").</summary>
    private static int ScanWord(string text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD') { i++; continue; }
            if ((c == '-' || c == '\u2011') && i + 1 < n && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
            if ((c == '-' || c == '\u2011') && i + 1 < n && (char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ',') && i + 2 < n && LooksLikeSuspendedCompound(text, i + 1))
            {
                i++;
                return i;
            }
            if ((c == '.' || c == ',') && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < n && char.IsDigit(text[i + 1])) { i++; continue; }
            if ((c == '\'' || c == '’') && i + 1 < n && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1])) { i++; continue; }
            break;
        }
        return i;
    }

    /// <summary>"Offensiv- und Defensiv-Waffen": the hyphen is followed by a conjunction.</summary>
    private static bool LooksLikeSuspendedCompound(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return string.CompareOrdinal(text, i, "und ", 0, 4) == 0 || string.CompareOrdinal(text, i, "oder ", 0, 5) == 0
            || string.CompareOrdinal(text, i, "bis ", 0, 4) == 0 || string.CompareOrdinal(text, i, "sowie ", 0, 6) == 0;
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word) if (!char.IsDigit(c) && c != '.' && c != ',') return false;
        return true;
    }

    /// <summary>"z.B.", "u.a.", "d.h.": short letter groups each closed by a period; returns the end, or -1.</summary>
    private static int DottedEnd(string text, int period)
    {
        int i = period;
        int groups = 0;
        while (i < text.Length && text[i] == '.')
        {
            i++;
            groups++;
            int k = i;
            while (k < text.Length && char.IsLetter(text[k]) && k - i < 2) k++;
            if (k == i || k >= text.Length || text[k] != '.') break;
            i = k;
        }
        return groups >= 2 ? i : -1;
    }

    /// <summary>An ordinal's period: followed by a month name or a lower-case word ("am 3. des Monats").</summary>
    private static bool IsOrdinalContext(string text, int i)
    {
        int j = i;
        while (j < text.Length && text[j] == ' ') j++;
        if (j >= text.Length || text[j] == '\n' || text[j] == '\r') return false;
        int k = j;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        if (k == j) return char.IsDigit(text[j]);
        var word = text[j..k];
        return GermanAbbreviations.Months.ContainsKey(word) || char.IsLower(word[0]);
    }
}
