using GraphBuilder.Extraction.Ner;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>
/// Finds names of people nobody listed: a run of capitalised words after a role noun
/// ("Außenministerin Annalena Baerbock", "Präsident Putin"), and a known given name followed by a surname
/// ("Swetlana Tichanowskaja"). Names the gazetteer already found get their introducing role noun attached.
/// </summary>
public sealed class PersonNameFinder
{
    /// <summary>Most words a name may have, particles ("von", "bin", "al") not counted.</summary>
    public const int MaxNameWords = 4;
    private readonly KnowledgeBase.KnowledgeBase _kb;
    private readonly NerTagger? _tagger;

    /// <summary>
    /// Creates the finder; with a <paramref name="tagger"/>, a single unknown word after a role noun counts as a
    /// surname only where the tagger reads a person there too ("dem Präsidenten Wahlbetrug vorwerfen" has a role
    /// noun before a capitalised word, but the word is a noun).
    /// </summary>
    public PersonNameFinder(KnowledgeBase.KnowledgeBase kb, NerTagger? tagger = null)
    {
        _kb = kb;
        _tagger = tagger;
    }

    /// <summary>Adds person mentions to <paramref name="doc"/> (whose gazetteer mentions are indexed).</summary>
    public void Run(Document doc)
    {
        var tokens = doc.Tokens;
        var added = new List<Mention>();
        foreach (var s in doc.Sentences)
        {
            HashSet<int>? personTokens = null;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || IsTaken(doc, added, i)) continue;
                if (_kb.Roles.Find(t.Text) is not null)
                {
                    int j = AppositionStart(doc, i + 1, s.EndToken);
                    if (j >= s.EndToken) continue;
                    if (doc.MentionAt(j) is { } known)
                    {
                        if (doc.Entities[known.EntityKey].Category == EntityCategory.Person && known.FirstToken == j) known.RoleToken = i;
                        continue;
                    }
                    int end = NameEnd(doc, added, j, s.EndToken, requireGivenName: false);
                    if (end == j + 1 && !IsGivenName(tokens[j]) && !TaggedAsPerson(doc, s, j, ref personTokens)) continue;
                    if (end > j)
                    {
                        var m = AddPerson(doc, j, end);
                        m.RoleToken = i;
                        added.Add(m);
                        i = end - 1;
                    }
                    continue;
                }
                if (IsGivenName(t))
                {
                    int end = NameEnd(doc, added, i, s.EndToken, requireGivenName: true);
                    if (end > i + 1)
                    {
                        added.Add(AddPerson(doc, i, end));
                        i = end - 1;
                    }
                }
            }
        }
        doc.Mentions.AddRange(added);
    }

    /// <summary>
    /// Where the name after a role noun starts: right after it, or after a genitive and a comma
    /// ("der Präsident der Ukraine, Wolodymyr Selenskyj").
    /// </summary>
    private static int AppositionStart(Document doc, int j, int end)
    {
        if (j + 2 < end && doc.MentionAt(j) is { Genitive: true } g && g.EndToken < end && doc.Tokens[g.EndToken].Text == ",") return g.EndToken + 1;
        if (j >= end || doc.Tokens[j].Lower is not ("der" or "des")) return j;
        for (int k = j + 1; k < Math.Min(end - 1, j + 5); k++)
        {
            if (doc.Tokens[k].Text == "," && doc.MentionAt(k - 1) is { Genitive: true } or { Kind: MentionKind.Name }) return k + 1;
            if (doc.Tokens[k].Kind != TokenKind.Word) break;
        }
        return j;
    }

    /// <summary>Whether the tagger (if any) puts token <paramref name="k"/> of sentence <paramref name="s"/> in a person's name; tags the sentence once.</summary>
    private bool TaggedAsPerson(Document doc, Sentence s, int k, ref HashSet<int>? personTokens)
    {
        if (_tagger is null) return true;
        if (personTokens is null)
        {
            personTokens = [];
            var words = new string[s.EndToken - s.FirstToken];
            for (int i = 0; i < words.Length; i++) words[i] = doc.Tokens[s.FirstToken + i].Text;
            foreach (var span in _tagger.Tag(words))
                if (span.Level == 1 && span.Label == "PER")
                    for (int i = span.Start; i < span.End; i++) personTokens.Add(s.FirstToken + i);
        }
        return personTokens.Contains(k);
    }

    private bool IsGivenName(Token t)
    {
        if (_kb.GivenNames.Contains(t.Text)) return true;
        if (!t.IsCompound) return false;
        foreach (var p in t.Parts) if (!_kb.GivenNames.Contains(p)) return false;
        return true;
    }

    private static bool IsTaken(Document doc, List<Mention> added, int i)
    {
        if (doc.MentionAt(i) is { Kind: not MentionKind.Prefix }) return true;
        foreach (var m in added) if (m.Covers(i)) return true;
        return false;
    }

    /// <summary>End (exclusive) of the name starting at <paramref name="start"/>: name words and inner particles.</summary>
    private int NameEnd(Document doc, List<Mention> added, int start, int limit, bool requireGivenName)
    {
        var tokens = doc.Tokens;
        int end = start, words = 0;
        for (int k = start; k < limit && words < MaxNameWords; k++)
        {
            var t = tokens[k];
            bool particle = k > start && NameWords.IsParticle(t) && k + 1 < limit && NameWords.IsNameWord(tokens[k + 1]);
            if (!particle && (!NameWords.IsNameWord(t) || IsTaken(doc, added, k) || doc.MentionAt(k) != null || _kb.Roles.Find(t.Text) != null
                || _kb.Triggers.Find(t.Lower).Count > 0 || _kb.LookupAdjective(t.Text) != null))
                break;
            if (k > start && tokens[k - 1].End == t.Start) break; // glued to the previous token: not a separate word
            if (!particle) words++;
            end = k + 1;
        }
        // A lone given name is no full name; after a role noun a single surname is ("Präsident Putin").
        if (requireGivenName && end - start < 2) return start;
        return end;
    }

    private static Mention AddPerson(Document doc, int first, int end)
    {
        var a = doc.Tokens[first];
        var b = doc.Tokens[end - 1];
        string name = doc.Text[a.Start..b.End];
        var e = DocumentEntities.AddPerson(doc, name);
        return new Mention(first, end, a.Start, b.End, name, MentionKind.Name, e.Key);
    }
}
