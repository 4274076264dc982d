using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Kg;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Pipeline;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Bench.Build;

/// <summary>
/// <c>build [--articles N] [--runs R] [--threads T] [--dir PATH] [--keep]</c>: end-to-end extraction throughput.
/// Synthesises a corpus of German news-like articles (default 10,000; <see cref="NewsCorpus"/>) as a JSON Lines file,
/// then times what <c>graphbuilder build corpus.jsonl -o kg.ttl</c> does (BuildCommand): read the corpus with
/// DocumentReader, analyse the documents on all cores with ExtractionPipeline.CreateDefault(), build the knowledge
/// graph with KnowledgeGraphBuilder and write it as Turtle (to a file in --dir). Prints tokens per second overall and
/// per core, by wall clock and by process CPU time (on a shared machine the CPU-time figure is the fair per-core one).
/// </summary>
public static class BuildBenchmark
{
    /// <summary>The per-core target, tokens per second end to end.</summary>
    public const double TargetPerCore = 50_000;

    public static int Run(string[] args)
    {
        int articles = 10_000, runs = 2, threads = Environment.ProcessorCount;
        string? dir = null;
        bool keep = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Length: articles = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--threads" when i + 1 < args.Length: threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dir" when i + 1 < args.Length: dir = args[++i]; break;
                case "--keep": keep = true; break;
                default:
                    Console.Error.WriteLine("usage: build [--articles N] [--runs R] [--threads T] [--dir PATH] [--keep]");
                    return 2;
            }
        }
        if (articles < 1 || runs < 1 || threads < 1) { Console.Error.WriteLine("build: --articles, --runs and --threads must be positive"); return 2; }
        dir ??= Path.Combine(Path.GetTempPath(), "graphbuilder-bench");
        Directory.CreateDirectory(dir);
        Console.WriteLine($"GraphBuilder build benchmark: {articles:N0} synthetic articles, best of {runs} run(s), {threads} thread(s) of {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        if (Measure.LoadAverage() is { } load) Measure.Line("load average (1 min) before", load);

        var clock = Stopwatch.StartNew();
        var kb = EmbeddedOntology.KnowledgeBase;
        Measure.Line("knowledge base (not timed)", $"{kb.Entities.Count:N0} entities, {kb.Triggers.Triggers.Count} event triggers, {kb.Roles.Nouns.Count} role nouns, loaded in {clock.Elapsed.TotalSeconds:F2} s");
        var corpus = Path.Combine(dir, $"news-{articles}.jsonl");
        clock.Restart();
        long chars = new NewsCorpus(kb).WriteJsonLines(corpus, articles);
        Measure.Line("corpus (not timed)", string.Create(CultureInfo.InvariantCulture, $"{corpus}: {chars / 1e6:F1} M characters, {new FileInfo(corpus).Length / 1e6:F1} MB, generated in {clock.Elapsed.TotalSeconds:F2} s"));

        // Warm-up on a slice (JIT, the NER model and the lexicons), not timed.
        var pipeline = ExtractionPipeline.CreateDefault();
        var warm = new DocumentReader().ReadAll([corpus]).Take(200).ToList();
        Parallel.ForEach(warm, new ParallelOptions { MaxDegreeOfParallelism = threads }, d => pipeline.Process(d));

        var output = Path.Combine(dir, $"news-{articles}.ttl");
        Result last = default;
        Result best = default;
        var bestTiming = new Measure.Timing(double.MaxValue, double.MaxValue);
        for (int r = 0; r < runs; r++)
        {
            Result res = default;
            var t = Measure.Best(1, () => res = BuildOnce(pipeline, corpus, output, threads));
            if (t.Wall < bestTiming.Wall) { bestTiming = t; best = res; }
            last = res;
            Measure.Line($"run {r + 1}", string.Create(CultureInfo.InvariantCulture,
                $"wall {t.Wall:F2} s, cpu {t.Cpu:F2} s (read {res.Read:F2} s, extract {res.Extract:F2} s, kg {res.Kg:F2} s, write {res.Write:F2} s)"));
        }
        var s = last.Summary!;
        Measure.Line("documents", $"{s.Documents:N0} ({best.Tokens:N0} tokens, {best.Sentences:N0} sentences)");
        Measure.Line("knowledge graph", $"{s.Entities:N0} entities, {s.Memberships:N0} memberships, {s.Events:N0} events, {s.Triples:N0} triples, {new FileInfo(output).Length / 1e6:F1} MB Turtle");
        double wallRate = Measure.Report("end to end, wall clock (all threads)", best.Tokens, bestTiming, "tokens/s");
        double perCoreWall = best.Tokens / bestTiming.Wall / threads;
        double perCoreCpu = best.Tokens / bestTiming.Cpu;
        Measure.Line("  per core, wall clock / threads", string.Create(CultureInfo.InvariantCulture, $"{perCoreWall,12:N0} tokens/s"));
        Measure.Line("  per core, by process CPU time", string.Create(CultureInfo.InvariantCulture, $"{perCoreCpu,12:N0} tokens/s   (tokens / CPU seconds)"));
        Measure.Line("  extraction alone, wall clock", string.Create(CultureInfo.InvariantCulture, $"{best.Tokens / best.Extract,12:N0} tokens/s"));
        Measure.Line("  articles", string.Create(CultureInfo.InvariantCulture, $"{s.Documents / bestTiming.Wall,12:N0} articles/s"));
        Measure.Line("target per core", string.Create(CultureInfo.InvariantCulture,
            $"{TargetPerCore:N0} tokens/s: {(perCoreCpu >= TargetPerCore ? "met" : "NOT met")} by CPU time, {(perCoreWall >= TargetPerCore ? "met" : "not met")} by wall clock"));
        if (Measure.LoadAverage() is { } load2) Measure.Line("load average (1 min) after", load2);
        if (!keep)
        {
            File.Delete(corpus);
            File.Delete(output);
        }
        _ = wallRate;
        return 0;
    }

    private record struct Result(long Tokens, long Sentences, double Read, double Extract, double Kg, double Write, KgSummary? Summary);

    /// <summary>
    /// The steps of <c>graphbuilder build</c> (BuildCommand): read, analyse in parallel keeping the input order,
    /// build the store, write Turtle.
    /// </summary>
    private static Result BuildOnce(ExtractionPipeline pipeline, string corpus, string output, int threads)
    {
        var sw = Stopwatch.StartNew();
        var sources = new DocumentReader().ReadAll([corpus]).ToList();
        double read = sw.Elapsed.TotalSeconds;
        var results = new Document[sources.Count];
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => results[i] = pipeline.Process(sources[i]));
        double extract = sw.Elapsed.TotalSeconds - read;
        var store = new KnowledgeGraphBuilder(new KgOptions()).Build(results, out var summary);
        double kg = sw.Elapsed.TotalSeconds - read - extract;
        using (var w = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16))
            RdfWriters.CreateStoreWriter(RdfFormat.Turtle).Save(store, w);
        double write = sw.Elapsed.TotalSeconds - read - extract - kg;
        long tokens = 0, sentences = 0;
        foreach (var d in results)
        {
            tokens += d.Tokens.Count;
            sentences += d.Sentences.Count;
        }
        return new Result(tokens, sentences, read, extract, kg, write, summary);
    }
}
