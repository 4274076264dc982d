using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Sparql.Evaluation;
using GraphBuilder.Rdf.Sparql.Results;
using GraphBuilder.Rdf.Sparql.Syntax;

namespace GraphBuilder.Bench.Sparql;

/// <summary>
/// <c>sparql [--triples N] [--runs R] [--budget S] [--dir PATH] [--no-rdflib]</c>: generates the synthetic news
/// knowledge graph with <c>../shared/bench/gen_kg.py</c>, loads it, and times the ten queries of
/// <c>../shared/bench/queries</c> with GraphBuilder's engine (warm-up of up to 0.5 s, then the median of R runs). Up to 200,000
/// triples it runs the same queries on the same file with rdflib in the same run, checks that both engines give the
/// same answer, and prints ours, rdflib and the ratio per query. Above that, our figures only, with load time and memory.
/// </summary>
public static class SparqlBenchmark
{
    private const int RdflibMaxTriples = 200_000;
    private const double WarmupSeconds = 2.0;
    private const int WarmupRuns = 100_000;
    private const int WarmupPauseMs = 300;
    /// <summary>Shortest timed sample, in seconds (faster queries are repeated within a sample).</summary>
    public const double MinSampleSeconds = 0.005;

    public static int Run(string[] args)
    {
        int triples = 100_000, runs = 5;
        double budget = 20;
        string? dir = null;
        bool rdflib = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--triples": triples = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--budget": budget = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dir": dir = args[++i]; break;
                case "--no-rdflib": rdflib = false; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        var shared = BenchPaths.SharedBench;
        if (shared is null)
        {
            Console.Error.WriteLine("sparql: ../shared/bench (gen_kg.py, queries/) not found beside the repository; set GRAPHBUILDER_SHARED");
            return 1;
        }
        dir ??= Path.Combine(Path.GetTempPath(), "graphbuilder-bench");
        Directory.CreateDirectory(dir);
        var data = Path.Combine(dir, $"kg-{triples}.nt");
        var queryDir = Path.Combine(shared, "queries");
        var queries = Directory.GetFiles(queryDir, "*.rq").Order(StringComparer.Ordinal).ToList();

        Console.WriteLine($"GraphBuilder sparql benchmark: {triples:N0} triples, median of {runs} run(s) after a warm-up (up to {WarmupSeconds} s or {WarmupRuns} runs), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Generate(Path.Combine(shared, "gen_kg.py"), triples, data);

        // Load, with the managed heap growth as the store's memory.
        long before = Heap();
        var sw = Stopwatch.StartNew();
        var store = new TripleStore();
        RdfLoader.LoadInto(store, data);
        int count = store.Default.Count;
        double loadS = sw.Elapsed.TotalSeconds;
        long bytes = Heap() - before;
        Measure.Line("load (ours)", string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} triples in {loadS:F2} s ({count / loadS:N0} triples/s), heap {bytes / 1e6:F0} MB ({bytes / (double)count:F0} B/triple), process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));

        var processor = new SparqlQueryProcessor(store);
        var ours = new Dictionary<string, (double Ms, long Rows, SparqlResultSet? Answer, string? Error)>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            var name = Path.GetFileNameWithoutExtension(q);
            try
            {
                var parsed = SparqlQueryParser.Parse(File.ReadAllText(q));
                var (ms, rows, answer) = Time(processor, parsed, runs, budget);
                ours[name] = (ms, rows, answer, null);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours {name}: {ms:F2} ms, {rows} rows"));
            }
            catch (Exception e) when (e is RdfException or NotSupportedException)
            {
                // A query the engine rejects is reported in the table, and the others still run.
                ours[name] = (double.NaN, 0, null, e.Message);
                Console.Error.WriteLine($"  ours {name}: ERROR {e.Message}");
            }
        }

        (double LoadSeconds, string Version, Dictionary<string, RdflibQuery> Queries)? theirs = null;
        string? why = null;
        if (!rdflib) why = "--no-rdflib";
        else if (triples > RdflibMaxTriples) why = $"rdflib is compared up to {RdflibMaxTriples:N0} triples only";
        else
        {
            var python = RdflibRunner.FindPython();
            if (python is null) why = "rdflib not installed (apt-get install python3-rdflib)";
            else
            {
                Console.Error.WriteLine($"running rdflib ({python}); its slowest query takes minutes...");
                theirs = RdflibRunner.Run(python, data, queryDir, Path.Combine(dir, $"rdflib-{triples}"), runs, budget, out why);
            }
        }

        Console.WriteLine();
        if (theirs is { } t)
        {
            Measure.Line($"load (rdflib {t.Version})", string.Create(CultureInfo.InvariantCulture, $"{t.LoadSeconds:F2} s (ours {loadS:F2} s, ratio rdflib/ours {t.LoadSeconds / loadS:F1})"));
            Console.WriteLine();
            Console.WriteLine($"{"query",-28} {"rows",7} {"ours ms",10} {"rdflib ms",11} {"rdflib/ours",12}  same answer");
            foreach (var (name, o) in ours)
            {
                t.Queries.TryGetValue(name, out var r);
                if (o.Error != null)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {"-",7} {"error",10} {(r?.Ms is double rm ? rm.ToString("F1", CultureInfo.InvariantCulture) : "error"),11} {"-",12}  ours failed: {o.Error}"));
                    continue;
                }
                string rd = r?.Ms is double m ? m.ToString("F1", CultureInfo.InvariantCulture) : "error";
                string ratio = r?.Ms is double m2 ? (m2 / Math.Max(o.Ms, 0.001)).ToString("F1", CultureInfo.InvariantCulture) + "x" : "-";
                string same = r is null ? "-" : r.Error ?? SameAnswer(o.Answer!, r.AnswerPath!, parsedOrdered: false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {o.Rows,7} {o.Ms,10:F2} {rd,11} {ratio,12}  {same}"));
            }
        }
        else
        {
            if (why != null) Measure.Line("rdflib", "skipped: " + why);
            Console.WriteLine($"{"query",-28} {"rows",7} {"ours ms",10}");
            foreach (var (name, o) in ours)
                Console.WriteLine(o.Error != null
                    ? $"{name,-28} {"-",7} {"error",10}  {o.Error}"
                    : string.Create(CultureInfo.InvariantCulture, $"{name,-28} {o.Rows,7} {o.Ms,10:F2}"));
        }
        Measure.Line("total (ours, sum of medians)", string.Create(CultureInfo.InvariantCulture, $"{ours.Values.Where(o => o.Error == null).Sum(o => o.Ms):F1} ms"));
        GC.KeepAlive(store);
        return 0;
    }

    /// <summary>
    /// Warm-up, then up to <paramref name="runs"/> timed runs while the time spent stays under the budget; the median.
    /// The warm-up repeats the query for up to <see cref="WarmupSeconds"/> (at least once, at most <see cref="WarmupRuns"/>
    /// times): .NET compiles a method quickly first, then with instrumentation (dynamic PGO), and optimises it only
    /// after that, on a background thread; a sub-millisecond query reaches steady state after some ten thousand runs
    /// (measured: q01 66 µs, 20 µs, then 9 µs per run over successive blocks of 20,000), so a short warm-up would time
    /// it in unoptimised code; a pause of <see cref="WarmupPauseMs"/> then lets the background
    /// compiler finish. (rdflib, interpreted, gets its one warm-up run.)
    /// </summary>
    private static (double Ms, long Rows, SparqlResultSet Answer) Time(SparqlQueryProcessor processor, GraphBuilder.Rdf.Sparql.SparqlQuery query, int runs, double budgetSeconds)
    {
        var (first, answer) = RunOnce(processor, query);
        double warm = first.Seconds;
        for (int i = 1; i < WarmupRuns && warm < WarmupSeconds; i++) warm += RunOnce(processor, query).Item1.Seconds;
        // The optimised code is compiled on a background thread; on a loaded machine it needs a moment of CPU.
        Thread.Sleep(WarmupPauseMs);
        var times = new List<double>();
        double spent = first.Seconds;
        // A sample lasts at least MinSampleSeconds: a query faster than that is repeated back to back and the sample's
        // time divided by the repetitions (as timeit does), so that microsecond queries are not timed by the clock's
        // and the scheduler's noise. rdflib_bench.py samples by the same rule.
        var (probe, _) = RunOnce(processor, query);
        int repeat = Math.Max(1, (int)Math.Ceiling(MinSampleSeconds / Math.Max(probe.Seconds, 1e-7)));
        while (times.Count < runs && (spent < budgetSeconds || times.Count == 0))
        {
            double seconds = 0;
            for (int k = 0; k < repeat; k++) seconds += RunOnce(processor, query).Item1.Seconds;
            times.Add(seconds / repeat * 1000);
            spent += seconds;
        }
        times.Sort();
        double median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
        return (median, first.Rows, answer);
    }

    /// <summary>Runs a query to the end (every solution enumerated, or the graph built) and keeps the answer.</summary>
    private static ((double Seconds, long Rows), SparqlResultSet) RunOnce(SparqlQueryProcessor processor, GraphBuilder.Rdf.Sparql.SparqlQuery query)
    {
        var sw = Stopwatch.StartNew();
        var r = processor.Evaluate(query);
        SparqlResultSet answer;
        long rows;
        switch (r.ResultsType)
        {
            case SparqlResultsType.VariableBindings:
                var list = r.Results.ToList();
                answer = SparqlResultSet.FromBindings(r.Variables, list);
                rows = list.Count;
                break;
            case SparqlResultsType.Graph:
                answer = r;
                rows = r.Graph!.Count;
                break;
            default:
                answer = r;
                rows = 1;
                break;
        }
        return ((sw.Elapsed.TotalSeconds, rows), answer);
    }

    /// <summary>"yes", or what differs between our answer and rdflib's (as the W3C suites compare: terms, blank nodes renamed).</summary>
    private static string SameAnswer(SparqlResultSet ours, string rdflibAnswer, bool parsedOrdered)
    {
        try
        {
            SparqlResultSet theirs = rdflibAnswer.EndsWith(".nt", StringComparison.Ordinal)
                ? SparqlResultSet.FromGraph(RdfLoader.LoadGraph(rdflibAnswer))
                : SparqlResultsParsers.ParseFile(rdflibAnswer);
            var cmp = ResultSetComparer.Compare(theirs, ours, parsedOrdered);
            if (cmp.Equal) return "yes";
            var d = cmp.Difference ?? "differs";
            return "NO: " + (d.Length > 160 ? d[..160] + "…" : d);
        }
        catch (Exception e) when (e is RdfException or IOException)
        {
            return "cannot read rdflib's answer: " + e.Message;
        }
    }

    private static void Generate(string script, int triples, string path)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            Measure.Line("input", $"{path} (cached)");
            return;
        }
        var tmp = path + ".tmp";
        var psi = new ProcessStartInfo("python3") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var a in new[] { script, triples.ToString(CultureInfo.InvariantCulture), tmp }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new IOException($"gen_kg.py failed with exit code {p.ExitCode}");
        File.Move(tmp, path, overwrite: true);
        Measure.Line("input", $"{path} ({new FileInfo(path).Length / 1e6:F1} MB, generated)");
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true);
    }
}
