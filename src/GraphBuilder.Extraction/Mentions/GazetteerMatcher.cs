using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>
/// Finds knowledge-base entities in the text: longest match of surface forms over tokens, genitives of listed
/// names ("Trumps"), adjectives ("russischen"), demonyms ("Franzosen"), and the parts of hyphenated compounds
/// ("US-Außenminister", "Nato-Staaten", "Ukraine-Konflikt").
/// </summary>
public sealed class GazetteerMatcher
{
    private readonly KnowledgeBase.KnowledgeBase _kb;

    /// <summary>Creates the matcher.</summary>
    public GazetteerMatcher(KnowledgeBase.KnowledgeBase kb) => _kb = kb;

    /// <summary>Adds the mentions it finds to <paramref name="doc"/>.</summary>
    public void Run(Document doc)
    {
        var tokens = doc.Tokens;
        foreach (var s in doc.Sentences)
        {
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word) { i++; continue; }
                var (hit, len) = _kb.Names.LongestMatch(tokens, i, s.EndToken);
                if (hit != null && !LacksArticle(doc, hit, i, len))
                {
                    var last = tokens[i + len - 1];
                    string surface = doc.Text[t.Start..last.End];
                    DocumentEntities.Add(doc, hit);
                    doc.Mentions.Add(new Mention(i, i + len, t.Start, last.End, surface, MentionKind.Name, hit.Id)
                    {
                        Genitive = _kb.IsGenitiveForm(surface),
                    });
                    i += len;
                    continue;
                }
                MatchWord(doc, t);
                i++;
            }
        }
    }

    private void MatchWord(Document doc, Token t)
    {
        if (t.Text.Length > 3 && t.Text[^1] == 's' && char.IsUpper(t.Text[0]) && !t.IsCompound
            && _kb.LookupName(t.Text[..^1]) is { Category: not EntityCategory.Organization } gen)
        {
            Add(doc, t.Index, t.Start, t.End, t.Text, MentionKind.Name, gen, genitive: true);
            return;
        }
        if (_kb.LookupDemonym(t.Text) is { } dem)
        {
            Add(doc, t.Index, t.Start, t.End, t.Text, MentionKind.Demonym, dem);
            return;
        }
        if (!t.IsCompound)
        {
            if (_kb.LookupAdjective(t.Text) is { } adj && (char.IsLower(t.Text[0]) || IsSentenceStart(doc, t)))
                Add(doc, t.Index, t.Start, t.End, t.Text, MentionKind.Adjective, adj);
            return;
        }
        int offset = t.Start;
        var parts = t.Text.Split('-');
        for (int p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            int start = offset;
            offset += part.Length + 1;
            if (part.Length == 0) continue;
            bool last = p == parts.Length - 1;
            KbEntity? e = _kb.LookupPrefix(part) ?? _kb.LookupName(part);
            if (e is null && part.Length > 3 && part[^1] == 's' && !last) e = _kb.LookupName(part[..^1]) is { Category: EntityCategory.Person } pg ? pg : null;
            if (e is null && char.IsLower(part[0])) e = _kb.LookupAdjective(part);
            // A compound's last part is its head noun: only a proper name counts there ("Ost-Ukraine").
            if (e is null || (last && e.Category is EntityCategory.Organization && !char.IsUpper(part[^1]))) continue;
            Add(doc, t.Index, start, start + part.Length, part, MentionKind.Prefix, e);
        }
    }

    private static readonly string[] Articles = ["Die ", "Der ", "Das "];

    /// <summary>
    /// A title with an article ("Die Zeit", "Der Spiegel") matched without it is only the title after a quotation
    /// mark or an article ("in der „Zeit“", "dem Spiegel"); otherwise it is the common noun ("Berlin hat Zeit").
    /// </summary>
    private static bool LacksArticle(Document doc, KbEntity e, int i, int len)
    {
        if (len != 1 || !Articles.Any(a => e.Name.StartsWith(a, StringComparison.Ordinal))) return false;
        if (i == 0) return true;
        var prev = doc.Tokens[i - 1];
        return !(prev.Kind is TokenKind.QuoteOpen || prev.Lower is "der" or "die" or "das" or "dem" or "den" or "des");
    }

    /// <summary>
    /// Where a German adjective is capitalised: a sentence's first word, the first word after a dateline ("KIEW (dpa) -
    /// Russische Truppen …"), a colon or an opening quotation mark.
    /// </summary>
    private static bool IsSentenceStart(Document doc, Token t)
    {
        if (doc.Sentences[t.Sentence].FirstToken == t.Index) return true;
        if (t.Index == 0) return false;
        var prev = doc.Tokens[t.Index - 1];
        if (prev.Kind == TokenKind.QuoteOpen || prev.Text == ":") return true;
        return prev.Text is "-" or "–" or "—" && t.Index >= 2 && doc.Tokens[t.Index - 2].Text == ")";
    }

    private static void Add(Document doc, int token, int start, int end, string surface, MentionKind kind, KbEntity e, bool genitive = false)
    {
        DocumentEntities.Add(doc, e);
        doc.Mentions.Add(new Mention(token, token + 1, start, end, surface, kind, e.Id) { Genitive = genitive });
    }
}
