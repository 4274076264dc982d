using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Bench.Rdf;

/// <summary>
/// <c>rdf [--triples N] [--runs R] [--dir PATH]</c>: generates a deterministic N-Triples file of N triples
/// (default 1,000,000) and reports triples per second for parsing and writing N-Triples and Turtle, the bytes per
/// triple a <see cref="TripleStore"/> holds (term dictionary included), and, when <c>serdi</c> is installed, serdi's
/// N-Triples to N-Triples rate on the same file with the ratio ours/serdi.
/// </summary>
public static class RdfBenchmark
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static int Run(string[] args)
    {
        int triples = 1_000_000, runs = 2;
        string? dir = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--triples": triples = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dir": dir = args[++i]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        dir ??= Path.Combine(Path.GetTempPath(), "graphbuilder-bench");
        Directory.CreateDirectory(dir);
        string ntPath = Path.Combine(dir, $"news-{triples}.nt");
        string ttlPath = Path.Combine(dir, $"news-{triples}.ttl");

        Console.WriteLine($"GraphBuilder rdf benchmark: {triples:N0} triples, best of {runs} run(s), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Generate(ntPath, triples);
        Measure.Line("input", $"{ntPath} ({new FileInfo(ntPath).Length / 1e6:F1} MB)");

        // Parse N-Triples (statements counted, nothing kept).
        double parseNt = Measure.Best(runs, () => Count(ntPath, RdfFormat.NTriples, triples));
        double oursNt = Measure.Report("parse N-Triples", triples, parseNt);

        // Parse N-Triples and stream it back out, the same pipeline as serdi -i ntriples -o ntriples.
        double pipe = Measure.Best(runs, () =>
        {
            using var output = new StreamWriter(Stream.Null, Utf8, 1 << 16);
            var handler = new NTriplesStreamWriter(output);
            RdfLoader.Load(handler, ntPath, RdfFormat.NTriples);
        });
        double oursPipe = Measure.Report("N-Triples -> N-Triples (stream)", triples, pipe);

        // The store: bytes per triple, then the graph for the writers.
        var (store, bytes) = LoadStore(ntPath);
        Measure.Line("store bytes/triple", string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)store.DefaultGraph.Count:F1} B ({bytes / 1e6:F1} MB for {store.DefaultGraph.Count:N0} triples, {store.Terms.Count:N0} terms)"));

        double writeNt = Measure.Best(runs, () => Save(new NTriplesWriter(), store, null));
        Measure.Report("write N-Triples (sorted, from store)", triples, writeNt);

        double writeTtl = Measure.Best(runs, () => Save(new TurtleWriter(), store, null));
        Measure.Report("write Turtle (pretty, from store)", triples, writeTtl);
        Save(new TurtleWriter(), store, ttlPath);
        Measure.Line("turtle file", $"{ttlPath} ({new FileInfo(ttlPath).Length / 1e6:F1} MB)");
        GC.KeepAlive(store);
        store = null!;

        double parseTtl = Measure.Best(runs, () => Count(ttlPath, RdfFormat.Turtle, triples));
        Measure.Report("parse Turtle", triples, parseTtl);

        var serdi = FindProgram("serdi");
        if (serdi == null)
        {
            Measure.Line("serdi", "not installed (apt-get install serdi) - no comparison");
            return 0;
        }
        double serdiTime = Measure.Best(runs, () => RunSerdi(ntPath));
        double serdiRate = Measure.Report("serdi -i ntriples -o ntriples", triples, serdiTime);
        Measure.Line("ratio ours/serdi (NT -> NT stream)", (oursPipe / serdiRate).ToString("F2", CultureInfo.InvariantCulture));
        Measure.Line("ratio ours/serdi (parse only)", (oursNt / serdiRate).ToString("F2", CultureInfo.InvariantCulture));
        return 0;
    }

    private static void Generate(string path, int triples)
    {
        if (File.Exists(path)) return; // deterministic: the same N gives the same file
        var tmp = path + ".tmp";
        using (var w = new StreamWriter(tmp, false, Utf8, 1 << 16))
        {
            var handler = new NTriplesStreamWriter(w);
            foreach (var t in SyntheticNewsGraph.Triples(triples)) handler.HandleQuad(new Quad(t, null));
            handler.EndRdf(true);
        }
        File.Move(tmp, path, true);
    }

    private static void Count(string path, RdfFormat format, int expected)
    {
        var counter = new CountingHandler();
        RdfLoader.Load(counter, path, format);
        if (counter.Count != expected) throw new InvalidOperationException($"{path}: parsed {counter.Count} statements, expected {expected}");
    }

    private static (TripleStore Store, long Bytes) LoadStore(string path)
    {
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        long before = GC.GetTotalMemory(true);
        var store = new TripleStore();
        RdfLoader.Load(new StoreHandler(store), path, RdfFormat.NTriples);
        _ = store.DefaultGraph.Count; // merges the buffered additions into the sorted index
        long after = GC.GetTotalMemory(true);
        return (store, after - before);
    }

    private static void Save(IStoreWriter writer, TripleStore store, string? path)
    {
        using var stream = path == null ? Stream.Null : new FileStream(path, FileMode.Create);
        using var w = new StreamWriter(stream, Utf8, 1 << 16);
        writer.Save(store, w);
    }

    private static void RunSerdi(string path)
    {
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("serdi -i ntriples -o ntriples \"$1\" > /dev/null");
        psi.ArgumentList.Add("sh");
        psi.ArgumentList.Add(path);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"serdi failed with exit code {p.ExitCode}");
    }

    private static string? FindProgram(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(d => d.Length > 0).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private sealed class CountingHandler : IRdfHandler
    {
        public long Count;
        public void StartRdf() { }
        public void EndRdf(bool ok) { }
        public bool HandleNamespace(string prefix, string namespaceUri) => true;
        public bool HandleBaseUri(string baseUri) => true;
        public bool HandleQuad(Quad quad) { Count++; return true; }
    }
}
