using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Store.Remote;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// <c>graphbuilder push KG... --endpoint URL [--graph IRI] [--user U --password P] [--replace]</c>: uploads RDF files
/// to a triplestore through the SPARQL 1.1 Graph Store HTTP Protocol (e.g. Virtuoso's <c>/sparql-graph-crud</c>).
/// Every file is parsed once before anything is sent, so a syntax error never leaves a half-pushed graph.
/// </summary>
public static class PushCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("KG") { Description = "RDF files to upload (.nt, .nq, .ttl, .trig)", Arity = ArgumentArity.OneOrMore };
        var endpoint = new Option<string>("--endpoint") { Description = "Graph Store endpoint, e.g. http://localhost:8890/sparql-graph-crud (Virtuoso; /sparql-graph-crud-auth with --user)", Required = true };
        var graph = new Option<string?>("--graph", "-g") { Description = "graph IRI for the default-graph triples (needed for .nt and .ttl files); named graphs of .nq/.trig keep their IRIs" };
        var user = new Option<string?>("--user", "-u") { Description = "user name for HTTP digest authentication" };
        var password = new Option<string?>("--password") { Description = "password for --user" };
        var replace = new Option<bool>("--replace") { Description = "replace the content of each graph (PUT) instead of adding to it (POST)" };
        var chunk = new Option<int>("--chunk-size") { Description = "triples per request", DefaultValueFactory = _ => 50_000 };
        var timeout = new Option<double>("--timeout") { Description = "seconds to wait for each request", DefaultValueFactory = _ => 300 }.Seconds();

        var cmd = new Command("push", "Upload RDF files to a triplestore (SPARQL 1.1 Graph Store HTTP Protocol, e.g. Virtuoso)");
        cmd.Arguments.Add(files);
        foreach (var o in new Option[] { endpoint, graph, user, password, replace, chunk, timeout }) cmd.Options.Add(o);
        cmd.SetAction(pr => CommandRunner.Run(() => Run(
            pr.GetValue(files)!, pr.GetValue(endpoint)!, pr.GetValue(graph), pr.GetValue(user), pr.GetValue(password),
            pr.GetValue(replace), pr.GetValue(chunk), pr.GetValue(timeout))));
        return cmd;
    }

    private static int Run(string[] files, string endpoint, string? graph, string? user, string? password, bool replace, int chunkSize, double timeoutSeconds)
    {
        if (graph != null && !IriResolver.IsAbsolute(graph)) throw new ArgumentException($"--graph must be an absolute IRI: '{graph}'");
        if ((user == null) != (password == null)) throw new ArgumentException("give --user and --password together");
        if (chunkSize < 1) throw new ArgumentException("--chunk-size must be at least 1");
        foreach (var f in files) InputFiles.Require(f);
        var formats = files.Select(FormatOf).ToArray();

        var watch = Stopwatch.StartNew();
        // Pass 1: syntax and graph names of every file, before the store is touched.
        for (int i = 0; i < files.Length; i++)
        {
            var check = new CheckHandler(files[i], graph);
            RdfLoader.Load(check, files[i], formats[i]);
        }

        // Pass 2: stream the statements to the store, a chunk at a time.
        var credential = user != null ? new NetworkCredential(user, password) : null;
        using var client = new GraphStoreClient(endpoint, credential, TimeSpan.FromSeconds(timeoutSeconds));
        var upload = new GraphStoreUpload(client, graph, replace, chunkSize);
        for (int i = 0; i < files.Length; i++) RdfLoader.Load(upload, files[i], formats[i]);
        upload.Complete();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pushed {upload.TriplesSent} triples into {upload.Graphs.Count} graph{(upload.Graphs.Count == 1 ? "" : "s")} at {client.Endpoint} ({upload.Requests} request{(upload.Requests == 1 ? "" : "s")}, {(replace ? "replaced" : "added")}) in {watch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static RdfFormat FormatOf(string path)
    {
        var format = RdfLoader.FormatOf(path);
        if (format == RdfFormat.JsonLd)
            throw new NotSupportedException($"{path}: JSON-LD is write-only in GraphBuilder; push the .nq or .trig the graph was made from");
        return format;
    }

    /// <summary>Pass 1: rejects default-graph triples without --graph and blank node graph names, naming the file.</summary>
    private sealed class CheckHandler(string path, string? defaultGraph) : IRdfHandler
    {
        public void StartRdf() { }
        public void EndRdf(bool ok) { }
        public bool HandleNamespace(string prefix, string namespaceUri) => true;
        public bool HandleBaseUri(string baseUri) => true;

        public bool HandleQuad(Quad quad)
        {
            try
            {
                GraphStoreUpload.GraphName(quad.Graph, defaultGraph);
            }
            catch (RdfException e)
            {
                throw new RdfException(path + ": " + e.Message);
            }
            return true;
        }
    }
}
