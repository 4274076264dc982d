using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Kg;
using GraphBuilder.Extraction.Pipeline;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Rdf.Formats;
using Spectre.Console;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder build INPUT... -o OUT</c>: German news articles to the knowledge graph.</summary>
public static class BuildCommand
{
    /// <summary>More documents than this show a progress bar (when stderr is a terminal).</summary>
    public const int ProgressThreshold = 5;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Plain-text articles (UTF-8), folders of them, or JSON Lines corpora (id, text, title, date, url, language)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Output file ('-' = standard output)", Required = true };
        var format = new Option<string?>("--format", "-f") { Description = "turtle | ntriples | nquads | trig | jsonld | graphml (default: from the output's extension)" };
        var baseIri = new Option<string>("--base") { Description = "Base IRI of entities, documents and events", DefaultValueFactory = _ => KgOptions.DefaultBase };
        var mentions = new Option<bool>("--mentions") { Description = "Add NIF mention nodes with character offsets" };
        var cmd = new Command("build", "Extract people, roles, organisations, places and CAMEO events from German news articles into an RDF knowledge graph.");
        cmd.Arguments.Add(inputs);
        foreach (var o in new Option[] { output, format, baseIri, mentions }) cmd.Options.Add(o);
        cmd.SetAction(pr => CommandRunner.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var outPath = pr.GetValue(output)!;
            bool graphml = IsGraphMl(pr.GetValue(format), outPath);
            var rdfFormat = graphml ? RdfFormat.Turtle : ResolveFormat(pr.GetValue(format), outPath);
            var bas = pr.GetValue(baseIri)!;
            if (!GraphBuilder.Rdf.IriResolver.IsAbsolute(bas)) throw new ArgumentException($"--base is not an absolute IRI: {bas}");
            var reader = new DocumentReader();
            var files = reader.ExpandInputs(pr.GetValue(inputs)!);
            OutputGuard.Check(outPath, files);
            var sources = files.SelectMany(reader.ReadFile).ToList();
            CheckUniqueIds(sources);
            var pipeline = ExtractionPipeline.CreateDefault();
            var docs = Process(pipeline, sources);
            var options = new KgOptions { BaseIri = bas, NamedGraphs = RdfFormatNames.IsQuadFormat(rdfFormat) && rdfFormat != RdfFormat.JsonLd, Mentions = pr.GetValue(mentions) };
            var store = new KnowledgeGraphBuilder(options).Build(docs, out var summary);
            if (graphml)
            {
                // The graph view of everything: people, organisations, countries and places with their interactions, roles and co-mentions.
                var view = new ViewProjector(store.DefaultGraph).Project(ViewKind.All);
                AtomicFile.WriteStream(outPath, s => new GraphMLExporter().Write(view, s));
            }
            else
            {
                var writer = RdfWriters.CreateStoreWriter(rdfFormat);
                AtomicFile.WriteText(outPath, w => writer.Save(store, w));
            }
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"built {outPath}: {summary.Documents} documents, {summary.Entities} entities, {summary.Memberships} memberships, {summary.Events} events, {summary.Triples} triples in {clock.Elapsed.TotalSeconds:F2} s"));
            return 0;
        }));
        return cmd;
    }

    private static bool IsGraphMl(string? name, string outPath) =>
        name is not null ? name.Equals("graphml", StringComparison.OrdinalIgnoreCase)
                         : Path.GetExtension(outPath).Equals(".graphml", StringComparison.OrdinalIgnoreCase);

    private static RdfFormat ResolveFormat(string? name, string outPath)
    {
        if (name != null) return RdfFormatNames.Parse(name);
        return RdfFormatNames.FromPath(outPath)
            ?? throw new ArgumentException($"cannot tell the output format from '{outPath}': use --format ({string.Join(", ", RdfFormatNames.Names)}, graphml)");
    }

    private static void CheckUniqueIds(List<SourceDocument> sources)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in sources)
            if (!seen.TryAdd(s.Id, s.Source)) throw new InvalidDataException($"{s.Source}: document id '{s.Id}' is used twice (also by {seen[s.Id]})");
    }

    /// <summary>Analyses the documents on all cores; the result keeps the input order, so the output does not depend on scheduling.</summary>
    private static List<Document> Process(ExtractionPipeline pipeline, List<SourceDocument> sources)
    {
        var results = new Document[sources.Count];
        bool progress = sources.Count > ProgressThreshold && !Console.IsErrorRedirected;
        if (!progress)
        {
            Parallel.For(0, sources.Count, i => results[i] = pipeline.Process(sources[i]));
            return [.. results];
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("extracting", maxValue: sources.Count);
            Parallel.For(0, sources.Count, i =>
            {
                results[i] = pipeline.Process(sources[i]);
                task.Increment(1);
            });
        });
        return [.. results];
    }
}
