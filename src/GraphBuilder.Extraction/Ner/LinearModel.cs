using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// A trained linear-chain model in its compact form: per feature key a short list of (tag, weight) pairs (most
/// features matter for only a few tags), transition and end scores. Immutable, so threads share it freely.
/// </summary>
internal sealed unsafe class LinearModel
{
    public LinearModel(uint[] keys, int[] rowStart, byte[] rowTags, float[] rowWeights, float[] transitions, float[] end)
    {
        if (rowStart.Length != keys.Length + 1 || rowTags.Length != rowWeights.Length || rowStart[^1] != rowTags.Length)
            throw new InvalidDataException("inconsistent model rows");
        if (transitions.Length != (NerTagSet.Count + 1) * NerTagSet.Count || end.Length != NerTagSet.Count)
            throw new InvalidDataException("model was made for a different tag set");
        foreach (var t in rowTags) if (t >= NerTagSet.Count) throw new InvalidDataException("tag number out of range in model");
        Keys = keys;
        RowStart = rowStart;
        RowTags = rowTags;
        RowWeights = rowWeights;
        Transitions = transitions;
        End = end;
        _masked = ViterbiDecoder.MaskedTransitions(transitions);
        // A feature's value in the table: where its (tag, weight) entries start (24 bits) and how many (8 bits).
        var values = new uint[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var count = rowStart[i + 1] - rowStart[i];
            if (count > 255 || rowStart[i] >= 1 << 24) throw new InvalidDataException("model too large for its table");
            values[i] = ((uint)rowStart[i] << 8) | (uint)count;
        }
        Table = new FeatureTable(keys, values);
        // At least one slot so the pointer below is valid; a model can have no weights at all (a level that never
        // erred in training), and then the spare slot stays empty.
        Entries = GC.AllocateArray<Entry>(Math.Max(1, rowTags.Length), pinned: true);
        _entries = (Entry*)Unsafe.AsPointer(ref Entries[0]);
        for (var j = 0; j < rowTags.Length; j++) Entries[j] = new Entry(rowWeights[j], rowTags[j]);
    }

    /// <summary>A (tag, weight) pair, stored together so one feature's weights sit in one cache line.</summary>
    internal readonly record struct Entry(float Weight, int Tag);

    private Entry[] Entries { get; }
    private readonly float[] _masked;
    private readonly Entry* _entries;

    /// <summary>How many keys ahead the table lookups prefetch.</summary>
    private const int Ahead = 16;

    public uint[] Keys { get; }
    public int[] RowStart { get; }
    public byte[] RowTags { get; }
    public float[] RowWeights { get; }
    public float[] Transitions { get; }
    public float[] End { get; }
    public FeatureTable Table { get; }

    /// <summary>Number of stored (feature, tag) weights.</summary>
    public int WeightCount => RowTags.Length;

    /// <summary>The table values (0 = not in the model) of <paramref name="keys"/>.</summary>
    public void Resolve(ReadOnlySpan<uint> keys, Span<uint> values)
    {
        for (var k = 0; k < keys.Length; k++) values[k] = Table.TryFind(keys[k], out var v) ? v : 0;
    }

    /// <summary>
    /// Adds the weights of the features <paramref name="keys"/>, in order, into <paramref name="row"/> (one token's
    /// scores). Adding in the same order as <see cref="Score"/> gives bit-identical sums.
    /// </summary>
    public void AddScores(ReadOnlySpan<uint> keys, Span<float> row)
    {
        foreach (var key in keys)
        {
            if (!Table.TryFind(key, out var v)) continue;
            foreach (var e in Entries.AsSpan((int)(v >> 8), (int)(v & 0xFF))) row[e.Tag] += e.Weight;
        }
    }

    /// <summary>
    /// Adds the emission scores of every token into <paramref name="emit"/>: cleared first, unless
    /// <paramref name="preset"/>, when it already holds the scores of each token's leading features.
    /// </summary>
    public void Score(FeatureBuffer features, Span<float> emit, Scratch scratch, bool preset = false)
    {
        var T = NerTagSet.Count;
        if (!preset) emit[..(features.Tokens * T)].Clear();
        var keys = features.Keys;
        var total = features.Count;
        // First every key's table value, prefetching the slots of keys further on and the weights of found keys;
        // then the sums. Both memory accesses per key are random, so overlapping them is what makes tagging fast.
        var values = scratch.Values(total);
        var known = features.Values;
        for (var k = 0; k < Math.Min(Ahead, total); k++) if (keys[k] != 0) Table.Prefetch(keys[k]);
        for (var k = 0; k < total; k++)
        {
            if (k + Ahead < total && keys[k + Ahead] != 0) Table.Prefetch(keys[k + Ahead]);
            var key = keys[k];
            // Key 0: the value was looked up beforehand.
            if (key == 0 ? (values[k] = known[k]) != 0 : Table.TryFind(key, out values[k]))
            {
                if (Sse.IsSupported) Sse.Prefetch0(_entries + (values[k] >> 8));
            }
            else values[k] = 0;
        }
        var starts = features.Starts;
        if (starts[features.Tokens] > total || emit.Length < features.Tokens * T) throw new ArgumentException("inconsistent feature buffer");
        fixed (float* e0 = emit)
        fixed (uint* v0 = values)
        fixed (int* s0 = starts)
        {
            for (var i = 0; i < features.Tokens; i++)
            {
                var row = e0 + i * T;
                for (int k = s0[i], stop = s0[i + 1]; k < stop; k++)
                {
                    var v = v0[k];
                    if (v == 0) continue;
                    // Tags were checked when the model was loaded, and (offset, count) always lies within Entries.
                    var e = _entries + (v >> 8);
                    var last = e + (v & 0xFF);
                    for (; e < last; e++) row[e->Tag] += e->Weight;
                }
            }
        }
    }

    /// <summary>Decodes one sentence whose features are in <paramref name="features"/>.</summary>
    /// <remarks>With <paramref name="preset"/>, <c>scratch.Emit</c> already holds the leading features' scores (see <see cref="Score"/>).</remarks>
    public void Tag(FeatureBuffer features, Span<int> tags, Scratch scratch, bool preset = false)
    {
        var n = features.Tokens;
        scratch.Ensure(n);
        Score(features, scratch.Emit, scratch, preset);
        if (ViterbiDecoder.VectorSupported)
            ViterbiDecoder.DecodeVector(scratch.Emit, n, Transitions, _masked, End, tags, scratch.Delta, scratch.Back);
        else
            ViterbiDecoder.Decode(scratch.Emit, n, Transitions, End, tags, scratch.Delta, scratch.Back);
    }

    /// <summary>Per-thread work arrays.</summary>
    internal sealed class Scratch
    {
        // Emit has room for a whole vector after the last row; Delta and Back have rows of ViterbiDecoder.Padded.
        public float[] Emit = new float[64 * NerTagSet.Count + ViterbiDecoder.Padded];
        public float[] Delta = new float[64 * ViterbiDecoder.Padded];
        public int[] Back = new int[64 * ViterbiDecoder.Padded];
        private uint[] _values = new uint[1024];

        public uint[] Values(int n)
        {
            if (_values.Length < n) _values = new uint[Math.Max(n, _values.Length * 2)];
            return _values;
        }

        public void Ensure(int n)
        {
            if (Delta.Length >= n * ViterbiDecoder.Padded) return;
            var rows = Math.Max(n, 2 * Delta.Length / ViterbiDecoder.Padded);
            Emit = new float[rows * NerTagSet.Count + ViterbiDecoder.Padded];
            Delta = new float[rows * ViterbiDecoder.Padded];
            Back = new int[rows * ViterbiDecoder.Padded];
        }
    }
}
