using GraphBuilder.Bench.Graph;
using GraphBuilder.Bench.Rdf;

namespace GraphBuilder.Bench;

/// <summary>
/// Dispatches <c>dotnet run -c Release --project bench/GraphBuilder.Bench -- NAME [args]</c> to one benchmark.
/// To add one, add a line to <see cref="Benchmarks"/>: its name and a function taking the remaining arguments
/// and returning the exit code.
/// </summary>
public static class Program
{
    /// <summary>The benchmarks by command name.</summary>
    public static readonly IReadOnlyDictionary<string, (string Description, Func<string[], int> Run)> Benchmarks =
        new SortedDictionary<string, (string, Func<string[], int>)>(StringComparer.Ordinal)
        {
            ["ner"] = ("NER tagging speed on one thread, tokens/s (GermEval dev set, tagged repeatedly)", GraphBuilder.Bench.Ner.NerBenchmark.Run),
            ["build"] = ("End-to-end extraction throughput (graphbuilder build's path) on 10,000 synthetic German articles, tokens/s overall and per core", GraphBuilder.Bench.Build.BuildBenchmark.Run),
            ["graph"] = ("PageRank and weakly connected components on 1M edges vs networkx", GraphBenchmark.Run),
            ["rdf"] = ("RDF parse/write throughput, store bytes per triple, serdi comparison (1M triples)", RdfBenchmark.Run),
            ["sparql"] = ("SPARQL engine on the synthetic news KG: the ten bench queries, ours vs rdflib (100k) and ours alone at 1M", GraphBuilder.Bench.Sparql.SparqlBenchmark.Run),
        };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" || !Benchmarks.TryGetValue(args[0], out var bench))
        {
            Console.Error.WriteLine("usage: GraphBuilder.Bench NAME [options]");
            foreach (var (name, (desc, _)) in Benchmarks) Console.Error.WriteLine($"  {name,-10} {desc}");
            return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
        }
        return bench.Run(args[1..]);
    }
}
