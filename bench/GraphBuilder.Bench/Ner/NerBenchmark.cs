using System.Diagnostics;
using GraphBuilder.Bench.Sparql;
using GraphBuilder.Extraction.Ner;

namespace GraphBuilder.Bench.Ner;

/// <summary>
/// <c>ner [--input FILE] [--seconds S] [--model FILE]</c>: tagging speed of the NER model on one thread, tokens per
/// second, by tagging the GermEval dev set (default: ../shared/data/germeval2014/NER-de-dev.tsv) over and over.
/// Prints wall-clock and processor-time rates; on a busy machine the processor-time rate is the fair one.
/// </summary>
public static class NerBenchmark
{
    public static int Run(string[] args)
    {
        string? input = null, model = null;
        var seconds = 10.0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Length: input = args[++i]; break;
                case "--model" when i + 1 < args.Length: model = args[++i]; break;
                case "--seconds" when i + 1 < args.Length: seconds = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine("usage: ner [--input GERMEVAL.tsv] [--seconds S] [--model FILE]");
                    return 2;
            }
        }
        input ??= DefaultInput();
        if (input == null || !File.Exists(input))
        {
            Console.Error.WriteLine("ner: no input (give --input, or put ../shared/data/germeval2014/NER-de-dev.tsv beside the repository)");
            return 2;
        }
        var tagger = model == null ? NerTagger.Default : new NerTagger(NerModel.Load(model));
        var sentences = GermEvalFormat.ReadFile(input, requireTags: false).Select(s => s.Tokens).ToList();
        Measure.Line("input", $"{input} ({sentences.Count} sentences, {sentences.Sum(s => s.Count)} tokens)");
        var (tokens, wall, cpu) = TagRepeatedly(tagger, sentences, TimeSpan.FromSeconds(seconds));
        Measure.Report("ner tagging, wall clock (1 thread)", tokens, wall, "tokens/s");
        Measure.Report("ner tagging, processor time (1 thread)", tokens, cpu, "tokens/s");
        return 0;
    }

    /// <summary>One warm-up pass, then whole passes until <paramref name="duration"/> is spent; both levels are tagged.</summary>
    private static (long Tokens, double Wall, double Cpu) TagRepeatedly(NerTagger tagger, IReadOnlyList<IReadOnlyList<string>> sentences, TimeSpan duration)
    {
        foreach (var s in sentences) tagger.TagSequence(s);
        long tokens = 0;
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var s in sentences)
            {
                tagger.TagSequence(s);
                tokens += s.Count;
            }
        } while (clock.Elapsed < duration);
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (tokens, wall, (process.TotalProcessorTime - cpu0).TotalSeconds);
    }

    private static string? DefaultInput()
    {
        var env = Environment.GetEnvironmentVariable("GRAPHBUILDER_SHARED");
        foreach (var root in new[] { env, Path.Combine(BenchPaths.RepoRoot, "..", "shared") })
        {
            if (string.IsNullOrEmpty(root)) continue;
            var p = Path.GetFullPath(Path.Combine(root, "data", "germeval2014", "NER-de-dev.tsv"));
            if (File.Exists(p)) return p;
        }
        return null;
    }
}
