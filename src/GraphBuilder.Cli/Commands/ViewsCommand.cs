using System.CommandLine;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Graph.Algorithms;
using GraphBuilder.Graph.Export;
using GraphBuilder.Graph.Model;
using GraphBuilder.Graph.Projection;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// <c>graphbuilder views KG... --view interactions|cooccurrence|roles|all [--ego E --depth K] [--path A B] -o OUT</c>:
/// projects knowledge graphs into a relationship view and exports it (GraphML, GEXF, DOT, CSV, Turtle, SVG, HTML).
/// </summary>
public static class ViewsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("views", "Project knowledge graphs into a relationship view (QuikGraph) and export it as GraphML, GEXF, DOT, CSV, Turtle, SVG or HTML.");
        var o = new ViewOptions(cmd);
        var output = new Option<string>("--output", "-o") { Description = "Output file; the format follows the extension (.graphml .gexf .dot .csv .ttl .svg .html); \"-\" = stdout with --format", Required = true };
        var format = new Option<string?>("--format", "-f") { Description = "graphml, gexf, dot, csv, turtle, svg or html (default: from the output's extension)" };
        var yed = new Option<bool>("--yed") { Description = "GraphML: add yEd node graphics (positions, colours, labels)" };
        cmd.Options.Add(output);
        cmd.Options.Add(format);
        cmd.Options.Add(yed);
        cmd.SetAction(parse => CommandRunner.Run(() =>
        {
            var path = parse.GetValue(output)!;
            var fmt = parse.GetValue(format) is { } f ? ExportFormats.Parse(f) : ExportFormats.FromPath(path);
            var files = o.InputFiles(parse);
            OutputGuard.Check(path, files);
            if (fmt == ExportFormat.Csv && path != "-") OutputGuard.Check(CsvExporter.EdgePath(path), files);
            var view = o.BuildView(parse, files);
            Export(view, fmt, path, parse.GetValue(yed));
            Console.Error.WriteLine($"graphbuilder: view {view.Name}: {view.NodeCount} nodes, {view.EdgeCount} edges -> {path}");
            return 0;
        }));
        return cmd;
    }

    /// <summary>Writes <paramref name="view"/> to <paramref name="path"/> atomically (CSV: the node table there, the edge table beside it).</summary>
    public static void Export(RelationView view, ExportFormat format, string path, bool yed = false)
    {
        if (format == ExportFormat.Csv)
        {
            if (path == "-") throw new ArgumentException("CSV export writes two files (nodes and edges): give a file name, not -");
            // Both tables or neither: a node table beside an older edge table would silently disagree.
            AtomicFile.WriteTexts([
                (path, w => new CsvExporter().WriteNodes(view, w)),
                (CsvExporter.EdgePath(path), w => new CsvExporter().WriteEdges(view, w)),
            ]);
            return;
        }
        var writer = new ViewWriter { Yed = yed, TurtleWriter = new TurtleWriter() };
        AtomicFile.WriteStream(path, s => writer.Write(view, format, s));
    }

    /// <summary>The files that knowledge-graph inputs stand for: files as given, folders by their .ttl/.nt/.nq/.trig files (in name order).</summary>
    /// <exception cref="IOException">When an input does not exist.</exception>
    /// <exception cref="ArgumentException">When no file is found.</exception>
    public static IReadOnlyList<string> KgFiles(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(p => RdfFormatNames.FromPath(p) is RdfFormat.Turtle or RdfFormat.NTriples or RdfFormat.NQuads or RdfFormat.TriG)
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(input)) files.Add(input);
            else throw new IOException($"no such file or folder: {input}");
        }
        if (files.Count == 0) throw new ArgumentException("no knowledge-graph files found in the input");
        return files;
    }

    /// <summary>Reads knowledge graphs (files, or folders of .ttl/.nt/.nq/.trig files) into one graph; named graphs are merged.</summary>
    public static IGraph LoadKg(IEnumerable<string> inputs) => LoadKgFiles(KgFiles(inputs));

    /// <summary>Reads the files of <see cref="KgFiles"/> into one graph; named graphs are merged.</summary>
    public static IGraph LoadKgFiles(IEnumerable<string> files)
    {
        var graph = new GraphBuilder.Rdf.Graph();
        var handler = new GraphHandler(graph);
        foreach (var p in files) RdfLoader.Load(handler, p);
        return graph;
    }

    /// <summary>The options shared by <c>views</c> and <c>draw</c>: inputs, the view, filters, ego network and path.</summary>
    public sealed class ViewOptions
    {
        private readonly Argument<string[]> _inputs = new("KG") { Description = "Knowledge-graph files (.ttl .nt .nq .trig) or folders of them", Arity = ArgumentArity.OneOrMore };
        private readonly Option<string> _view = new("--view", "-v") { Description = "interactions, cooccurrence, roles or all", DefaultValueFactory = _ => "interactions" };
        private readonly Option<string> _scope = new("--scope") { Description = "Co-occurrence within: auto (sentences when the graph has them), sentence or document", DefaultValueFactory = _ => "auto" };
        private readonly Option<string?> _ego = new("--ego") { Description = "Only the ego network of this entity (IRI, slug, Wikidata id or name)" };
        private readonly Option<int> _depth = new Option<int>("--depth") { Description = "Ego network depth in hops", DefaultValueFactory = _ => 1 }.AtLeast(0);
        private readonly Option<string[]> _path = new("--path") { Description = "Only a shortest path between two entities: --path A B", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        private readonly Option<string[]> _types = new("--types") { Description = "Keep only these entity types (person, organization, country, place, other; comma-separated)", AllowMultipleArgumentsPerToken = true };
        private readonly Option<string[]> _cameo = new("--cameo") { Description = "Keep only interactions with these CAMEO roots (e.g. 13,11)", AllowMultipleArgumentsPerToken = true };
        private readonly Option<double> _minWeight = new Option<double>("--min-weight") { Description = "Drop edges lighter than this" }.AtLeast(0);
        private readonly Option<int> _top = new Option<int>("--top") { Description = "Keep the N entities of highest PageRank" }.AtLeast(0);

        /// <summary>Adds the options to <paramref name="cmd"/>.</summary>
        public ViewOptions(Command cmd)
        {
            cmd.Arguments.Add(_inputs);
            foreach (var opt in new Option[] { _view, _scope, _ego, _depth, _path, _types, _cameo, _minWeight, _top }) cmd.Options.Add(opt);
        }

        /// <summary>The knowledge-graph files the inputs stand for (see <see cref="KgFiles"/>).</summary>
        public IReadOnlyList<string> InputFiles(ParseResult parse) => KgFiles(parse.GetValue(_inputs)!);

        /// <summary>Loads <paramref name="files"/> (from <see cref="InputFiles"/>) and builds the requested view with its measures.</summary>
        public RelationView BuildView(ParseResult parse, IReadOnlyList<string> files)
        {
            var request = Request(parse);
            var kg = KgSnapshot.Read(LoadKgFiles(files));
            return request.Build(kg);
        }

        /// <summary>The request the options describe (validated before any file is read).</summary>
        public ViewRequest Request(ParseResult parse)
        {
            var depth = parse.GetValue(_depth);
            if (depth < 0) throw new ArgumentException("--depth must be 0 or more");
            var top = parse.GetValue(_top);
            if (top < 0) throw new ArgumentException("--top must be 0 or more");
            var path = parse.GetValue(_path);
            var cameo = Split(parse.GetValue(_cameo)).Select(c => Cameo.Root(c) ?? throw new ArgumentException($"not a CAMEO code: '{c}'")).ToHashSet();
            return new ViewRequest
            {
                Kind = ViewKinds.Parse(parse.GetValue(_view)!),
                Scope = ViewKinds.ParseScope(parse.GetValue(_scope)!),
                Ego = parse.GetValue(_ego),
                Depth = depth,
                Path = path is { Length: 2 } ? (path[0], path[1]) : null,
                Filter = new ViewFilter
                {
                    Kinds = Split(parse.GetValue(_types)).Select(EntityKinds.Parse).ToHashSet(),
                    CameoRoots = cameo,
                    MinWeight = parse.GetValue(_minWeight),
                    Top = top,
                },
            };
        }

        private static IEnumerable<string> Split(string[]? values) =>
            (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
