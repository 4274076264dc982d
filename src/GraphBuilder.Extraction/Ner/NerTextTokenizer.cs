namespace GraphBuilder.Extraction.Ner;

/// <summary>A token of plain text with its character offsets (end-exclusive).</summary>
internal readonly record struct TextToken(string Text, int Start, int End);

/// <summary>
/// A small tokenizer for the plain-text mode of the NER tagger, close to the GermEval tokenisation: punctuation is
/// split off words, except the period of abbreviations and ordinals ("Dr.", "3."), hyphenated compounds
/// ("Nato-Gipfel") stay one token, and a sentence ends after ".", "!" or "?" followed by a capital, quote or digit.
/// </summary>
internal static class NerTextTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "usw", "z.B", "u.a", "d.h", "Mio", "Mrd", "Jh", "Str", "Abs", "Art", "geb", "gest",
        "Hr", "Fr", "Inc", "Co", "Jr", "Sr", "etc", "evtl", "ggf", "inkl", "max", "min", "Mr", "Mrs", "u.ä", "v.a", "zB", "Okt", "Nov", "Dez",
        "Jan", "Feb", "Apr", "Aug", "Sept", "Sep",
    };

    private const string Opening = "\"'([{„“‚‘«»<";
    private const string Closing = "\"')]}“”‘’«».,;:!?>…";

    /// <summary>The sentences of <paramref name="text"/>, each a list of tokens.</summary>
    public static IEnumerable<List<TextToken>> Sentences(string text)
    {
        var current = new List<TextToken>();
        foreach (var tok in Tokens(text))
        {
            if (current.Count > 0 && IsSentenceEnd(current[^1]) && StartsSentence(tok)) { yield return current; current = []; }
            current.Add(tok);
            // A line break after a paragraph-like line also ends a sentence.
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>All tokens of <paramref name="text"/>.</summary>
    public static IEnumerable<TextToken> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) yield break;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            foreach (var t in Split(text, start, i)) yield return t;
        }
    }

    private static IEnumerable<TextToken> Split(string text, int start, int end)
    {
        var trailing = new Stack<TextToken>();
        // Leading punctuation, one token per character.
        while (start < end && Opening.Contains(text[start]))
        {
            yield return new TextToken(text[start].ToString(), start, start + 1);
            start++;
        }
        while (end > start && Closing.Contains(text[end - 1]))
        {
            if (text[end - 1] == '.' && KeepsPeriod(text.AsSpan(start, end - 1 - start))) break;
            trailing.Push(new TextToken(text[end - 1].ToString(), end - 1, end));
            end--;
        }
        if (end > start)
        {
            // A comma or colon inside a word separates tokens unless digits surround it ("3,5").
            var s = start;
            for (var k = start; k < end; k++)
            {
                var c = text[k];
                if ((c == ',' || c == ';' || c == '/') && !(k > start && k + 1 < end && char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])))
                {
                    if (k > s) yield return new TextToken(text[s..k], s, k);
                    yield return new TextToken(c.ToString(), k, k + 1);
                    s = k + 1;
                }
            }
            if (end > s) yield return new TextToken(text[s..end], s, end);
        }
        while (trailing.Count > 0) yield return trailing.Pop();
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (Abbreviations.Contains(word.ToString())) return true;
        // Single letters ("A. Merkel") and ordinals ("3. Oktober") keep their period.
        if (word.Length == 1 && char.IsLetter(word[0])) return true;
        foreach (var c in word) if (!char.IsDigit(c)) return word.Contains('.'); // "z.B." style
        return word.Length <= 2;
    }

    private static bool IsSentenceEnd(TextToken t) => t.Text is "." or "!" or "?" or "…";

    private static bool StartsSentence(TextToken t) => t.Text.Length > 0 && (char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]) || Opening.Contains(t.Text[0]));
}
