using System.Diagnostics;

namespace GraphBuilder.Extraction.Ner;

/// <summary>Tagging-speed measurement: tags the given sentences over and over on the calling thread.</summary>
public static class NerBenchmark
{
    /// <summary>Result of a run.</summary>
    public sealed record Result(long Tokens, long Sentences, TimeSpan Elapsed)
    {
        /// <summary>Tokens tagged per second.</summary>
        public double TokensPerSecond => Tokens / Elapsed.TotalSeconds;

        /// <inheritdoc />
        public override string ToString() =>
            $"ner: {Tokens} tokens in {Sentences} sentences, {Elapsed.TotalSeconds:F2} s, {TokensPerSecond:N0} tokens/s (one thread, both levels)";
    }

    /// <summary>Warms up with one pass, then tags whole passes over <paramref name="sentences"/> until <paramref name="duration"/> is spent.</summary>
    public static Result Run(NerTagger tagger, IReadOnlyList<IReadOnlyList<string>> sentences, TimeSpan duration)
    {
        if (sentences.Count == 0) throw new ArgumentException("no sentences to tag");
        foreach (var s in sentences) tagger.TagSequence(s);
        long tokens = 0, count = 0;
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
        return new Result(tokens, count, clock.Elapsed);
    }
}
