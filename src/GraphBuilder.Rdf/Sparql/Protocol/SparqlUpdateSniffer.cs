namespace GraphBuilder.Rdf.Sparql.Protocol;

/// <summary>
/// Recognises SPARQL Update text sent as a query, so that it is refused as an update (403) rather than reported as
/// a syntax error: after the prologue (BASE/PREFIX) and comments, the first keyword is an update operation.
/// </summary>
public static class SparqlUpdateSniffer
{
    private static readonly HashSet<string> UpdateKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH",
    };

    /// <summary>True when the first keyword after the prologue starts an update operation.</summary>
    public static bool LooksLikeUpdate(string text)
    {
        int i = 0;
        while (true)
        {
            var word = NextWord(text, ref i);
            if (word is null) return false;
            if (word.Equals("BASE", StringComparison.OrdinalIgnoreCase)) { SkipIri(text, ref i); continue; }
            if (word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase)) { NextWord(text, ref i); SkipIri(text, ref i); continue; }
            return UpdateKeywords.Contains(word);
        }
    }

    private static void SkipSpaceAndComments(string s, ref int i)
    {
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) i++;
            else if (s[i] == '#') { while (i < s.Length && s[i] != '\n') i++; }
            else break;
        }
    }

    private static string? NextWord(string s, ref int i)
    {
        SkipSpaceAndComments(s, ref i);
        int start = i;
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '<' && s[i] != '{' && s[i] != '#') i++;
        return i > start ? s[start..i] : null;
    }

    private static void SkipIri(string s, ref int i)
    {
        SkipSpaceAndComments(s, ref i);
        if (i < s.Length && s[i] == '<')
        {
            int end = s.IndexOf('>', i);
            i = end < 0 ? s.Length : end + 1;
        }
    }
}
