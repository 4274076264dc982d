using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction.Pipeline;

/// <summary>One stage of the pipeline: reads what earlier stages put on the document and adds its own annotations.</summary>
public interface IPipelineStage
{
    /// <summary>A short name for diagnostics ("gazetteer", "roles").</summary>
    string Name { get; }
    /// <summary>Annotates <paramref name="doc"/>.</summary>
    void Run(Document doc);
}

/// <summary>Wraps a stage's run method.</summary>
public sealed class PipelineStage(string name, Action<Document> run) : IPipelineStage
{
    /// <inheritdoc />
    public string Name { get; } = name;
    /// <inheritdoc />
    public void Run(Document doc) => run(doc);
}
