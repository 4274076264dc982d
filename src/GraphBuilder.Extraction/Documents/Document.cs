using GraphBuilder.Extraction.Events;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Roles;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// The shared document that the pipeline's stages annotate one after another (spaCy's <c>Doc</c>): text,
/// tokens with offsets, sentences, quotations, then mentions, entities, roles and events.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document from its source; <paramref name="text"/> is the text with page noise blanked (same length as the source's).</summary>
    public Document(SourceDocument source, string text)
    {
        Source = source;
        Text = text;
    }

    /// <summary>Where the document came from.</summary>
    public SourceDocument Source { get; }
    /// <summary>The document id.</summary>
    public string Id => Source.Id;
    /// <summary>The text analysed (offsets of every annotation refer to it and to the source text alike).</summary>
    public string Text { get; }
    /// <summary>The title (given by the record, or the headline line).</summary>
    public string? Title { get; set; }
    /// <summary>The publication date (stated in the text or given by the record).</summary>
    public DateOnly? Date { get; set; }
    /// <summary>The language (ISO 639-1).</summary>
    public string Language => Source.Language;
    /// <summary>Character offset where the body starts (after headline and date line): events are read from there on.</summary>
    public int BodyStart { get; set; }

    /// <summary>Tokens.</summary>
    public List<Token> Tokens { get; set; } = [];
    /// <summary>Sentences.</summary>
    public List<Sentence> Sentences { get; set; } = [];
    /// <summary>Direct quotations.</summary>
    public List<Quote> Quotes { get; set; } = [];
    /// <summary>Entity mentions, in text order.</summary>
    public List<Mention> Mentions { get; } = [];
    /// <summary>Entities mentioned, by key.</summary>
    public Dictionary<string, DocumentEntity> Entities { get; } = new(StringComparer.Ordinal);
    /// <summary>Roles the text gives people.</summary>
    public List<RoleFact> Roles { get; } = [];
    /// <summary>Events read from the text.</summary>
    public List<EventFact> Events { get; } = [];
    /// <summary>Quotations of speakers whose statements are no events of their own (see <see cref="StatementFolder"/>).</summary>
    public List<QuotationFact> Quotations { get; } = [];

    /// <summary>The text of a sentence.</summary>
    public string SentenceText(int sentence)
    {
        var s = Sentences[sentence];
        return Text[s.Start..s.End];
    }

    /// <summary>The mentions of one sentence, in order.</summary>
    public IEnumerable<Mention> MentionsIn(int sentence)
    {
        var s = Sentences[sentence];
        return Mentions.Where(m => m.FirstToken >= s.FirstToken && m.FirstToken < s.EndToken);
    }

    private Mention?[] _byToken = [];

    /// <summary>The mention covering token <paramref name="i"/>, or null (after <see cref="IndexMentions"/>).</summary>
    public Mention? MentionAt(int i) => i >= 0 && i < _byToken.Length ? _byToken[i] : null;

    /// <summary>Sorts the mentions into text order and indexes them by token (stages add them out of order).</summary>
    public void IndexMentions()
    {
        Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        _byToken = new Mention?[Tokens.Count];
        foreach (var m in Mentions)
            for (int i = m.FirstToken; i < m.EndToken; i++) _byToken[i] ??= m;
    }
}
