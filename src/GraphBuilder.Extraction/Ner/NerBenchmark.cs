using System.Diagnostics;

namespace GraphBuilder.Extraction.Ner;

/// <summary>Tagging-speed measurement: tags the given sentences over and over on the calling thread.</summary>
public static class NerBenchmark
{
    /// <summary>Result of a run.</summary>
    /// <param name="Tokens">Tokens tagged.</param>
    /// <param name="Sentences">Sentences tagged.</param>
    /// <param name="Elapsed">Wall-clock time.</param>
    /// <param name="Cpu">Processor time of the process over the same period (what a busy machine does not distort).</param>
    public sealed record Result(long Tokens, long Sentences, TimeSpan Elapsed, TimeSpan Cpu)
    {
        /// <summary>Tokens tagged per second of wall-clock time.</summary>
        public double TokensPerSecond => Tokens / Elapsed.TotalSeconds;

        /// <summary>Tokens tagged per second of processor time.</summary>
        public double TokensPerCpuSecond => Tokens / Cpu.TotalSeconds;

        /// <inheritdoc />
        public override string ToString() =>
            $"ner: {Tokens} tokens in {Sentences} sentences, {Elapsed.TotalSeconds:F2} s wall, {Cpu.TotalSeconds:F2} s CPU: " +
            $"{TokensPerSecond:N0} tokens/s wall, {TokensPerCpuSecond:N0} tokens/s CPU (one thread, both levels)";
    }

    /// <summary>Warms up with one pass, then tags whole passes over <paramref name="sentences"/> until <paramref name="duration"/> is spent.</summary>
    public static Result Run(NerTagger tagger, IReadOnlyList<IReadOnlyList<string>> sentences, TimeSpan duration)
    {
        if (sentences.Count == 0) throw new ArgumentException("no sentences to tag");
        foreach (var s in sentences) tagger.TagSequence(s);
        long tokens = 0, count = 0;
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
            count += sentences.Count;
        } while (clock.Elapsed < duration);
        var wall = clock.Elapsed;
        process.Refresh();
        return new Result(tokens, count, wall, process.TotalProcessorTime - cpu0);
    }
}
