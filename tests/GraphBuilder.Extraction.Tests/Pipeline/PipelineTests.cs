using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Pipeline;

namespace GraphBuilder.Extraction.Tests.Pipeline;

public class PipelineTests
{
    [Fact]
    public void Shipped_knowledge_base_loads_and_finds_states_and_people()
    {
        var p = ExtractionPipeline.CreateDefault();
        Assert.Contains(p.Stages, s => s.Name == "events");
        var doc = p.Process(new SourceDocument("x", "Der französische Präsident Emmanuel Macron empfing Olaf Scholz in Paris.", "x"));
        Assert.Contains("france", doc.Entities.Keys);
        Assert.Contains(doc.Entities.Values, e => e.Name == "Olaf Scholz");
    }

    [Fact]
    public void Stages_run_in_order_and_are_named()
    {
        var names = ExtractionPipeline.CreateDefault().Stages.Select(s => s.Name).ToList();
        Assert.Equal(["gazetteer", "persons", "anaphors", "surnames", "roles", "events"], names.Where(n => n != "ner"));
    }
}
