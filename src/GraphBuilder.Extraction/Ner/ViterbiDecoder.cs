using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// First-order Viterbi decoding under the BIO constraint (an <c>I-X</c> only after <c>B-X</c> or <c>I-X</c>):
/// transition scores are a <c>(T+1) x T</c> matrix whose last row holds the start scores, plus end scores.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Tags rounded up to whole 256-bit vectors: the row length of <see cref="DecodeVector"/>'s arrays.</summary>
    public const int Padded = 32;

    /// <summary>Whether <see cref="DecodeVector"/> can be used.</summary>
    public static bool VectorSupported => Vector256.IsHardwareAccelerated && NerTagSet.Count <= Padded;

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

    /// <summary>
    /// The transitions for <see cref="DecodeVector"/>: <c>T</c> rows of <see cref="Padded"/> scores, with
    /// negative infinity for transitions the BIO constraint forbids and in the padding.
    /// </summary>
    public static float[] MaskedTransitions(ReadOnlySpan<float> trans)
    {
        var result = new float[T * Padded];
        result.AsSpan().Fill(float.NegativeInfinity);
        for (var t = 0; t < T; t++)
            foreach (var p in Predecessors[t]) result[p * Padded + t] = trans[p * T + t];
        return result;
    }

    /// <summary>
    /// <see cref="Decode"/>, with the maximum over previous tags taken for all tags at once in 256-bit vectors;
    /// same additions, comparisons and tie-breaking (first best previous tag), so the same result.
    /// <paramref name="emit"/> must have <see cref="Padded"/> readable entries after token <c>n-1</c>'s row;
    /// <paramref name="delta"/> and <paramref name="back"/> need <c>n*Padded</c> entries.
    /// </summary>
    public static unsafe void DecodeVector(float[] emit, int n, ReadOnlySpan<float> trans, float[] masked, ReadOnlySpan<float> end, Span<int> tags, float[] delta, int[] back)
    {
        if (n == 0) return;
        if (emit.Length < (n - 1) * T + Padded || delta.Length < n * Padded || back.Length < n * Padded || masked.Length != T * Padded)
            throw new ArgumentException("arrays too small");
        var startRow = T * T;
        for (var t = 0; t < T; t++)
            delta[t] = NerTagSet.Allowed(-1, t) ? trans[startRow + t] + emit[t] : float.NegativeInfinity;
        fixed (float* e0 = emit, d0 = delta, m0 = masked)
        fixed (int* b0 = back, a0 = FirstPredecessor)
        {
            var init0 = Vector256.Load(a0);
            var init1 = Vector256.Load(a0 + 8);
            var init2 = Vector256.Load(a0 + 16);
            var init3 = Vector256.Load(a0 + 24);
            for (var i = 1; i < n; i++)
            {
                var prev = d0 + (i - 1) * Padded;
                var v0 = Vector256.Create(float.NegativeInfinity);
                var v1 = v0;
                var v2 = v0;
                var v3 = v0;
                Vector256<int> a0v = init0, a1v = init1, a2v = init2, a3v = init3;
                for (var p = 0; p < T; p++)
                {
                    var d = Vector256.Create(prev[p]);
                    var row = m0 + p * Padded;
                    var pv = Vector256.Create(p);
                    var c0 = d + Vector256.Load(row);
                    var c1 = d + Vector256.Load(row + 8);
                    var c2 = d + Vector256.Load(row + 16);
                    var c3 = d + Vector256.Load(row + 24);
                    var g0 = Vector256.GreaterThan(c0, v0);
                    var g1 = Vector256.GreaterThan(c1, v1);
                    var g2 = Vector256.GreaterThan(c2, v2);
                    var g3 = Vector256.GreaterThan(c3, v3);
                    v0 = Vector256.ConditionalSelect(g0, c0, v0);
                    v1 = Vector256.ConditionalSelect(g1, c1, v1);
                    v2 = Vector256.ConditionalSelect(g2, c2, v2);
                    v3 = Vector256.ConditionalSelect(g3, c3, v3);
                    a0v = Vector256.ConditionalSelect(g0.AsInt32(), pv, a0v);
                    a1v = Vector256.ConditionalSelect(g1.AsInt32(), pv, a1v);
                    a2v = Vector256.ConditionalSelect(g2.AsInt32(), pv, a2v);
                    a3v = Vector256.ConditionalSelect(g3.AsInt32(), pv, a3v);
                }
                var cur = d0 + i * Padded;
                var er = e0 + i * T;
                (v0 + Vector256.Load(er)).Store(cur);
                (v1 + Vector256.Load(er + 8)).Store(cur + 8);
                (v2 + Vector256.Load(er + 16)).Store(cur + 16);
                (v3 + Vector256.Load(er + 24)).Store(cur + 24);
                var bk = b0 + i * Padded;
                a0v.Store(bk);
                a1v.Store(bk + 8);
                a2v.Store(bk + 16);
                a3v.Store(bk + 24);
            }
        }
        var lastBase = (n - 1) * Padded;
        var bestEnd = float.NegativeInfinity;
        var bestTag = 0;
        for (var t = 0; t < T; t++)
        {
            var s = delta[lastBase + t] + end[t];
            if (s > bestEnd) { bestEnd = s; bestTag = t; }
        }
        tags[n - 1] = bestTag;
        for (var i = n - 1; i > 0; i--) tags[i - 1] = back[i * Padded + tags[i]];
    }

    // Per tag (padded), the first of its predecessors: the back pointer when no predecessor beats negative infinity.
    private static readonly int[] FirstPredecessor = BuildFirstPredecessor();

    private static int[] BuildFirstPredecessor()
    {
        var result = new int[Padded];
        for (var t = 0; t < T; t++) result[t] = Predecessors[t][0];
        return result;
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
