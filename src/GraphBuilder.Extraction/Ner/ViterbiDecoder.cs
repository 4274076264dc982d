namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// First-order Viterbi decoding under the BIO constraint (an <c>I-X</c> only after <c>B-X</c> or <c>I-X</c>):
/// transition scores are a <c>(T+1) x T</c> matrix whose last row holds the start scores, plus end scores.
/// </summary>
internal static class ViterbiDecoder
{
    private static readonly int T = NerTagSet.Count;

    // For each tag, the previous tags it may follow.
    private static readonly int[][] Predecessors = BuildPredecessors();

    /// <summary>
    /// Writes the best tag sequence for <paramref name="n"/> tokens with emission scores <c>emit[i*T + tag]</c>.
    /// <paramref name="delta"/> and <paramref name="back"/> are scratch arrays of at least <c>n*T</c> entries.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emit, int n, ReadOnlySpan<float> trans, ReadOnlySpan<float> end, Span<int> tags, float[] delta, int[] back)
    {
        if (n == 0) return;
        var startRow = T * T;
        for (var t = 0; t < T; t++)
            delta[t] = NerTagSet.Allowed(-1, t) ? trans[startRow + t] + emit[t] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
        {
            var prevBase = (i - 1) * T;
            var curBase = i * T;
            for (var t = 0; t < T; t++)
            {
                var preds = Predecessors[t];
                var best = float.NegativeInfinity;
                var arg = preds[0];
                foreach (var p in preds)
                {
                    var s = delta[prevBase + p] + trans[p * T + t];
                    if (s > best) { best = s; arg = p; }
                }
                delta[curBase + t] = best + emit[curBase + t];
                back[curBase + t] = arg;
            }
        }
        var lastBase = (n - 1) * T;
        var bestEnd = float.NegativeInfinity;
        var bestTag = 0;
        for (var t = 0; t < T; t++)
        {
            var s = delta[lastBase + t] + end[t];
            if (s > bestEnd) { bestEnd = s; bestTag = t; }
        }
        tags[n - 1] = bestTag;
        for (var i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    }

    private static int[][] BuildPredecessors()
    {
        var result = new int[T][];
        for (var t = 0; t < T; t++)
        {
            var list = new List<int>();
            for (var p = 0; p < T; p++) if (NerTagSet.Allowed(p, t)) list.Add(p);
            result[t] = list.ToArray();
        }
        return result;
    }
}
