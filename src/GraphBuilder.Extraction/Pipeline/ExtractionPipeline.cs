using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Events;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Roles;

namespace GraphBuilder.Extraction.Pipeline;

/// <summary>
/// The extraction pipeline: a document is prepared (noise, date, tokens, sentences, quotations), then each stage
/// annotates it in turn: gazetteer, person names, definite anaphors ("das Bündnis"), the statistical tagger's unlisted names, surnames, roles, events.
/// Stages are replaceable; the pipeline
/// holds no per-document state, so one instance serves many threads.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly DocumentPreparer _preparer = new();

    /// <summary>
    /// Creates the pipeline with the standard stages over <paramref name="kb"/>; <paramref name="tagger"/> finds the
    /// names no list knows (none: only listed names and rule-found people).
    /// </summary>
    public ExtractionPipeline(KnowledgeBase.KnowledgeBase kb, IEnumerable<IPipelineStage>? extraMentionStages = null, Ner.NerTagger? tagger = null)
    {
        KnowledgeBase = kb;
        var gazetteer = new GazetteerMatcher(kb);
        var persons = new PersonNameFinder(kb, tagger);
        var anaphors = new DefiniteAnaphorFinder(kb);
        var surnames = new SurnameResolver(kb.GivenNames);
        var roles = new RoleExtractor(kb);
        var events = new EventExtractor(kb);
        var stages = new List<IPipelineStage>
        {
            new PipelineStage("gazetteer", d => { gazetteer.Run(d); d.IndexMentions(); }),
            new PipelineStage("persons", d => { persons.Run(d); d.IndexMentions(); }),
            new PipelineStage("anaphors", d => { anaphors.Run(d); d.IndexMentions(); }),
        };
        if (tagger != null)
        {
            var ner = new NerMentionFinder(tagger, kb);
            stages.Add(new PipelineStage("ner", d => { ner.Run(d); d.IndexMentions(); }));
        }
        foreach (var extra in extraMentionStages ?? []) stages.Add(new PipelineStage(extra.Name, d => { extra.Run(d); d.IndexMentions(); }));
        stages.Add(new PipelineStage("surnames", surnames.Run));
        stages.Add(new PipelineStage("roles", roles.Run));
        stages.Add(new PipelineStage("events", events.Run));
        Stages = stages;
    }

    /// <summary>The pipeline over the embedded knowledge base, with the embedded NER model for unlisted names.</summary>
    public static ExtractionPipeline CreateDefault() => new(EmbeddedOntology.KnowledgeBase, tagger: Ner.NerTagger.Default);

    /// <summary>The knowledge base.</summary>
    public KnowledgeBase.KnowledgeBase KnowledgeBase { get; }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<IPipelineStage> Stages { get; }

    /// <summary>Analyses one article.</summary>
    public Document Process(SourceDocument source)
    {
        var doc = _preparer.Prepare(source);
        foreach (var stage in Stages) stage.Run(doc);
        return doc;
    }
}
