using System.Globalization;
using System.Text;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Rdf;
using static GraphBuilder.Extraction.Kg.KgTerms;

namespace GraphBuilder.Extraction.Kg;

/// <summary>
/// Writes analysed documents as the knowledge graph of kg-contract.md: one node per entity across all
/// documents, the document nodes, W3C ORG memberships, CAMEO events with PROV provenance and evidence, optional
/// NIF mentions. With <see cref="KgOptions.NamedGraphs"/> each document's facts go to a graph named after it;
/// entity descriptions stay in the default graph. Output depends only on the documents and their order.
/// </summary>
public sealed class KnowledgeGraphBuilder
{
    private readonly KgOptions _options;

    /// <summary>Creates the builder.</summary>
    public KnowledgeGraphBuilder(KgOptions options) => _options = options;

    /// <summary>Builds the store; <paramref name="summary"/> counts what it holds.</summary>
    public TripleStore Build(IReadOnlyList<Document> docs, out KgSummary summary)
    {
        var store = new TripleStore();
        foreach (var (p, ns) in KbVocabulary.OutputPrefixes) store.NamespaceMap.AddNamespace(p, ns);
        if (_options.Mentions)
        {
            store.NamespaceMap.AddNamespace("nif", KbVocabulary.Nif);
            store.NamespaceMap.AddNamespace("itsrdf", "http://www.w3.org/2005/11/its/rdf#");
        }
        var entities = new SortedDictionary<string, (DocumentEntity Entity, SortedSet<string> Docs)>(StringComparer.Ordinal);
        var memberships = new HashSet<string>(StringComparer.Ordinal);
        int events = 0;
        foreach (var doc in docs)
        {
            var docNode = DocNode(doc.Id);
            var g = store.GetTypedGraph(_options.NamedGraphs ? docNode : null);
            WriteDocument(g, doc, docNode);
            foreach (var e in doc.Entities.Values.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (!IsMentioned(doc, e.Key)) continue;
                if (!entities.TryGetValue(e.Key, out var entry)) entities[e.Key] = entry = (e, new SortedSet<string>(StringComparer.Ordinal));
                entry.Docs.Add(doc.Id);
                g.Assert(EntityNode(e.Key), MentionedIn, docNode);
            }
            foreach (var r in doc.Roles)
            {
                var m = new UriNode(_options.BaseIri + "membership/" + r.PersonKey + "--" + r.Role + "--" + r.OrganizationKey);
                memberships.Add(m.Uri);
                g.Assert(m, RdfType, Membership);
                g.Assert(m, Member, EntityNode(r.PersonKey));
                g.Assert(m, OrgOrganization, EntityNode(r.OrganizationKey));
                g.Assert(m, OrgRole, new UriNode(KbVocabulary.Role + r.Role));
                g.Assert(m, DerivedFrom, docNode);
                g.Assert(m, Evidence, Evidence_(doc, r.Sentence));
                EnsureEntity(entities, doc, r.PersonKey);
                EnsureEntity(entities, doc, r.OrganizationKey);
            }
            int n = 0;
            foreach (var ev in doc.Events)
            {
                var node = new UriNode(_options.BaseIri + "event/" + doc.Id + "-" + (++n).ToString(CultureInfo.InvariantCulture));
                events++;
                g.Assert(node, RdfType, Event);
                g.Assert(node, Cameo, new LiteralNode(ev.Cameo));
                g.Assert(node, Actor, EntityNode(ev.ActorKey));
                EnsureEntity(entities, doc, ev.ActorKey);
                if (ev.TargetKey != null) { g.Assert(node, Target, EntityNode(ev.TargetKey)); EnsureEntity(entities, doc, ev.TargetKey); }
                if (ev.PlaceKey != null) { g.Assert(node, HasPlace, EntityNode(ev.PlaceKey)); EnsureEntity(entities, doc, ev.PlaceKey); }
                if (ev.Date is { } d) g.Assert(node, HasTimeStamp, new LiteralNode(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocab.XsdDate));
                if (ev.Quote != null) g.Assert(node, Quote, new LiteralNode(Collapse(ev.Quote), null, doc.Language));
                g.Assert(node, Evidence, Evidence_(doc, ev.Sentence));
                g.Assert(node, DerivedFrom, docNode);
            }
            WriteQuotations(g, doc, docNode, entities);
            if (_options.Mentions) WriteMentions(g, doc, docNode);
        }
        foreach (var (key, (e, _)) in entities) WriteEntity(store.Default, key, e);
        summary = new KgSummary(docs.Count, entities.Count, memberships.Count, events, store.Quads.LongCount());
        return store;
    }

    /// <summary>
    /// The speakers' words that are no events of their own, as schema:Quotation with the speaker as creator, so that
    /// "what did X say" stays answerable without counting every "sagte" as an act.
    /// </summary>
    private void WriteQuotations(Graph g, Document doc, UriNode docNode, SortedDictionary<string, (DocumentEntity Entity, SortedSet<string> Docs)> entities)
    {
        int n = 0;
        foreach (var q in doc.Quotations)
        {
            var node = new UriNode(_options.BaseIri + "quotation/" + doc.Id + "-" + (++n).ToString(CultureInfo.InvariantCulture));
            g.Assert(node, RdfType, Quotation);
            g.Assert(node, Creator, EntityNode(q.SpeakerKey));
            EnsureEntity(entities, doc, q.SpeakerKey);
            if (q.Text != null) g.Assert(node, QuotationText, new LiteralNode(Collapse(q.Text), null, doc.Language));
            if (q.Date is { } d) g.Assert(node, DateCreated, new LiteralNode(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocab.XsdDate));
            g.Assert(node, Evidence, Evidence_(doc, q.Sentence));
            g.Assert(node, DerivedFrom, docNode);
        }
    }

    private static bool IsMentioned(Document doc, string key)
    {
        foreach (var m in doc.Mentions) if (m.EntityKey == key) return true;
        return false;
    }

    private static void EnsureEntity(SortedDictionary<string, (DocumentEntity, SortedSet<string>)> entities, Document doc, string key)
    {
        if (entities.ContainsKey(key) || !doc.Entities.TryGetValue(key, out var e)) return;
        entities[key] = (e, new SortedSet<string>(StringComparer.Ordinal) { doc.Id });
    }

    private UriNode DocNode(string id) => new(_options.BaseIri + "doc/" + Uri.EscapeDataString(id));

    private UriNode EntityNode(string key) => new(_options.BaseIri + "entity/" + key);

    private static LiteralNode Evidence_(Document doc, int sentence) => new(Collapse(doc.SentenceText(sentence)), null, doc.Language);

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static void WriteDocument(Graph g, Document doc, UriNode node)
    {
        g.Assert(node, RdfType, DocumentClass);
        g.Assert(node, RdfType, ProvEntity);
        g.Assert(node, Identifier, new LiteralNode(doc.Id));
        if (doc.Title != null) g.Assert(node, Title, new LiteralNode(doc.Title, null, doc.Language));
        if (doc.Date is { } d) g.Assert(node, Created, new LiteralNode(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocab.XsdDate));
        g.Assert(node, Language, new LiteralNode(doc.Language));
        if (doc.Source.Url != null && GraphBuilder.Rdf.IriResolver.IsAbsolute(doc.Source.Url)) g.Assert(node, Url, new UriNode(doc.Source.Url));
    }

    private void WriteEntity(Graph g, string key, DocumentEntity e)
    {
        var node = EntityNode(key);
        var types = e.Kb?.Types.Count > 0 ? e.Kb.Types.Select(t => new UriNode(t)).ToList() : [CategoryClass(e.Category)];
        foreach (var t in types) g.Assert(node, RdfType, t);
        var lang = e.Kb?.NameLanguage ?? "de";
        g.Assert(node, Name, lang.Length > 0 ? new LiteralNode(e.Name, null, lang) : new LiteralNode(e.Name));
        if (e.Kb is { Labels.Count: > 0 } kb)
            foreach (var (text, l) in kb.Labels) g.Assert(node, Label, l.Length > 0 ? new LiteralNode(text, null, l) : new LiteralNode(text));
        else g.Assert(node, Label, new LiteralNode(e.Name, null, "de"));
        foreach (var s in e.Kb?.SameAs ?? []) g.Assert(node, SameAs, new UriNode(s));
    }

    private static UriNode CategoryClass(EntityCategory c) => c switch
    {
        EntityCategory.Person => Person,
        EntityCategory.Country => Country,
        EntityCategory.Organization => Organization,
        _ => Place,
    };

    private void WriteMentions(Graph g, Document doc, UriNode docNode)
    {
        var ctx = new UriNode(docNode.Uri + "#char=0," + doc.Text.Length.ToString(CultureInfo.InvariantCulture));
        g.Assert(ctx, RdfType, NifContext);
        g.Assert(ctx, NifIsString, new LiteralNode(doc.Source.Text));
        g.Assert(ctx, DerivedFrom, docNode);
        foreach (var m in doc.Mentions)
        {
            var node = new UriNode(docNode.Uri + "#char=" + m.Start.ToString(CultureInfo.InvariantCulture) + "," + m.End.ToString(CultureInfo.InvariantCulture));
            g.Assert(node, RdfType, NifPhrase);
            g.Assert(node, NifBegin, new LiteralNode(m.Start.ToString(CultureInfo.InvariantCulture), Vocab.Xsd + "nonNegativeInteger"));
            g.Assert(node, NifEnd, new LiteralNode(m.End.ToString(CultureInfo.InvariantCulture), Vocab.Xsd + "nonNegativeInteger"));
            g.Assert(node, NifAnchorOf, new LiteralNode(doc.Source.Text[m.Start..m.End]));
            g.Assert(node, NifReferenceContext, ctx);
            g.Assert(node, ItsIdentRef, EntityNode(m.EntityKey));
        }
    }
}
