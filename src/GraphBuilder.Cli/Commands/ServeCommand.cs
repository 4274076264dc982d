using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Cli.Serve;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Sparql.Protocol;
using Microsoft.Extensions.Hosting;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder serve FILE...</c>: a read-only SPARQL 1.1 Protocol endpoint over the loaded files.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "RDF files to serve (.nt, .nq, .ttl, .trig)", Arity = ArgumentArity.OneOrMore };
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0: any free port, printed at start)", DefaultValueFactory = _ => 7878 };
        var host = new Option<string>("--host") { Description = "address to listen on; loopback by default (use 0.0.0.0 to expose it)", DefaultValueFactory = _ => "127.0.0.1" };
        var timeout = new Option<double>("--timeout") { Description = "seconds a query may run before the answer is 503", DefaultValueFactory = _ => 30 }.Seconds();
        var maxResults = new Option<int>("--max-results") { Description = "most rows (or triples) per answer; longer results are cut and flagged with the X-SPARQL-MaxRows header", DefaultValueFactory = _ => 100_000 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "do not log requests on stderr" };

        var cmd = new Command("serve", "Serve RDF files as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql (JSON, XML, CSV, TSV; CORS open).");
        cmd.Arguments.Add(files);
        cmd.Options.Add(port);
        cmd.Options.Add(host);
        cmd.Options.Add(timeout);
        cmd.Options.Add(maxResults);
        cmd.Options.Add(quiet);
        cmd.SetAction(pr => CommandRunner.Run(() =>
        {
            var settings = new ServeSettings(pr.GetValue(host)!, pr.GetValue(port));
            _ = settings.Address; // fail on a bad --host before the (possibly long) load
            if (settings.Port is < 0 or > 65535) throw new ArgumentException("--port must be between 0 and 65535");
            double seconds = pr.GetValue(timeout);
            int cap = pr.GetValue(maxResults);
            if (cap < 1) throw new ArgumentException("--max-results must be at least 1");
            var paths = pr.GetValue(files)!;
            foreach (var path in paths) InputFiles.Require(path);

            var watch = Stopwatch.StartNew();
            var store = new TripleStore();
            foreach (var path in paths)
            {
                RdfLoader.LoadInto(store, path);
            }
            long triples = store.Default.Count + store.GraphNames.Sum(n => (long)store.GetGraph(n).Count);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"graphbuilder serve: {triples:N0} triples from {paths.Length} file(s) in {watch.Elapsed.TotalSeconds:F1} s"));

            var options = new SparqlEndpointOptions { Timeout = TimeSpan.FromSeconds(seconds), MaxResults = cap };
            var endpoint = new SparqlEndpoint(EngineExecutor.For(store), GraphResponseWriter.Write, options);
            var page = SparqlEndpointPage.Html(ServeSettings.EndpointPath, triples, paths.Select(p => Path.GetFileName(p)), options);
            var server = new SparqlServer(endpoint, page, pr.GetValue(quiet) ? null : Console.Error);
            var (app, baseUrl) = server.StartAsync(settings).GetAwaiter().GetResult();
            // Tests and scripts read this line to find the port when started with --port 0.
            Console.Out.WriteLine($"SPARQL endpoint: {baseUrl}{ServeSettings.EndpointPath}");
            Console.Out.Flush();
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return 0;
        }));
        return cmd;
    }
}
