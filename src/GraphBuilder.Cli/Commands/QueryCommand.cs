using System.CommandLine;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Formats.RdfXml;
using GraphBuilder.Rdf.Sparql;
using GraphBuilder.Rdf.Sparql.Evaluation;
using GraphBuilder.Rdf.Sparql.Results;
using GraphBuilder.Rdf.Sparql.Syntax;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// <c>graphbuilder query</c>: runs a SPARQL query over RDF files (contract: shared/spec/cli-contract.md).
/// SELECT/ASK results in a results format, CONSTRUCT/DESCRIBE as N-Triples.
/// </summary>
public static class QueryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d") { Description = "[IRI=]FILE: add FILE's triples to the default graph (repeatable)", AllowMultipleArgumentsPerToken = false };
        var named = new Option<string[]>("--named", "-n") { Description = "[IRI=]FILE: load FILE as the named graph IRI (default: FILE's file: URI) (repeatable)" };
        var queryFile = new Option<string?>("--query", "-q") { Description = "the query file (.rq)" };
        var queryText = new Option<string?>("-e", "--execute") { Description = "the query text" };
        var results = new Option<string?>("--results", "-r") { Description = "results format: json, xml, csv, tsv or table (default: table on the terminal, json with -o)" };
        var baseIri = new Option<string?>("--base") { Description = "base IRI of the query (default: the query file's file: URI)" };
        var output = new Option<string?>("--output", "-o") { Description = "output file ('-' for standard output)" };
        var cmd = new Command("query", "Run a SPARQL 1.1 query over RDF files.");
        foreach (var o in new Option[] { data, named, queryFile, queryText, results, baseIri, output }) cmd.Options.Add(o);
        cmd.SetAction(pr => CommandRunner.Run(() => Run(
            pr.GetValue(data) ?? [], pr.GetValue(named) ?? [], pr.GetValue(queryFile), pr.GetValue(queryText),
            pr.GetValue(results), pr.GetValue(baseIri), pr.GetValue(output))));
        return cmd;
    }

    private static int Run(string[] data, string[] named, string? queryFile, string? queryText, string? format, string? baseIri, string? output)
    {
        if ((queryFile == null) == (queryText == null)) throw new ArgumentException("give the query either with --query FILE or with -e TEXT");
        if (queryFile != null) InputFiles.Require(queryFile);
        var dataFiles = data.Concat(named).Select(a => InputFiles.Require(SplitGraphArgument(a).File)).ToList();
        string text = queryFile != null ? StrictUtf8Reader.ReadAllText(queryFile) : queryText!;
        string? queryBase = baseIri ?? (queryFile != null ? RdfLoader.FileUri(queryFile) : null);
        var query = ParseQuery(text, queryBase, queryFile);
        string target = output ?? "-";
        // Without --data/--named the query's FROM / FROM NAMED files are the inputs.
        var inputs = dataFiles.Count > 0 ? dataFiles : query.DefaultGraphs.Concat(query.NamedGraphs).Select(g => InputFiles.Require(LocalPath(g))).ToList();
        OutputGuard.Check(target, inputs.Append(queryFile));
        var store = LoadDataset(query, data, named);
        string fmt = format ?? (target == "-" ? "table" : "json");
        var writer = query.QueryType is SparqlQueryType.Select or SparqlQueryType.Ask
            ? SparqlResultsWriters.Create(fmt, store.NamespaceMap)
            : null;
        var processor = new SparqlQueryProcessor(store);
        AtomicFile.WriteText(target, w =>
        {
            var result = processor.Evaluate(query);
            if (result.ResultsType == SparqlResultsType.Graph) RdfWriters.CreateWriter(RdfFormat.NTriples).Save(result.Graph!, w);
            else writer!.Save(result, w);
        });
        return 0;
    }

    /// <summary>Parses the query; a syntax error names its place as <c>file:line:col</c>, or <c>line:col</c> for -e text.</summary>
    private static SparqlQuery ParseQuery(string text, string? baseIri, string? queryFile)
    {
        try
        {
            return SparqlQueryParser.Parse(text, baseIri);
        }
        catch (SparqlParseException e)
        {
            throw new RdfParseException(e.Reason, e.Line, e.Column, queryFile);
        }
    }

    /// <summary>The dataset: --data/--named when given (FROM/FROM NAMED ignored), else the query's FROM/FROM NAMED.</summary>
    internal static TripleStore LoadDataset(SparqlQuery query, IReadOnlyList<string> data, IReadOnlyList<string> named)
    {
        var store = new TripleStore();
        if (data.Count > 0 || named.Count > 0)
        {
            foreach (var d in data)
            {
                var (iri, file) = SplitGraphArgument(d);
                LoadFile(store, file, iri ?? RdfLoader.FileUri(file), null);
            }
            foreach (var n in named)
            {
                var (iri, file) = SplitGraphArgument(n);
                var name = iri ?? RdfLoader.FileUri(file);
                LoadFile(store, file, name, new UriNode(name));
            }
            return store;
        }
        foreach (var from in query.DefaultGraphs) LoadFile(store, LocalPath(from), from, null);
        foreach (var from in query.NamedGraphs) LoadFile(store, LocalPath(from), from, new UriNode(from));
        return store;
    }

    private static void LoadFile(TripleStore store, string file, string baseUri, INode? graph)
    {
        if (graph != null) store.GetGraph(graph);
        RdfXmlFiles.LoadInto(store, file, baseUri, graph);
    }

    private static string LocalPath(string iri)
    {
        if (!Uri.TryCreate(iri, UriKind.Absolute, out var uri) || !uri.IsFile)
            throw new NotSupportedException($"cannot load <{iri}>: only file: IRIs can be loaded by FROM / FROM NAMED");
        return uri.LocalPath;
    }

    /// <summary>Splits <c>IRI=FILE</c>: at the first '=' when the text before it starts with a URI scheme; otherwise it is all FILE.</summary>
    internal static (string? Iri, string File) SplitGraphArgument(string arg)
    {
        int eq = arg.IndexOf('=');
        if (eq > 0)
        {
            var head = arg[..eq];
            if (System.Text.RegularExpressions.Regex.IsMatch(head, "^[A-Za-z][A-Za-z0-9+.-]*:"))
                return (head, arg[(eq + 1)..]);
        }
        return (null, arg);
    }
}
