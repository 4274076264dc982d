namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// A trained linear-chain model in its compact form: per feature key a short list of (tag, weight) pairs (most
/// features matter for only a few tags), transition and end scores. Immutable, so threads share it freely.
/// </summary>
internal sealed class LinearModel
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
        Table = new FeatureTable(keys);
    }

    public uint[] Keys { get; }
    public int[] RowStart { get; }
    public byte[] RowTags { get; }
    public float[] RowWeights { get; }
    public float[] Transitions { get; }
    public float[] End { get; }
    public FeatureTable Table { get; }

    /// <summary>Number of stored (feature, tag) weights.</summary>
    public int WeightCount => RowTags.Length;

    /// <summary>Adds the emission scores of every token into <paramref name="emit"/> (cleared first).</summary>
    public void Score(FeatureBuffer features, Span<float> emit)
    {
        var T = NerTagSet.Count;
        emit[..(features.Tokens * T)].Clear();
        var keys = features.Keys;
        for (var i = 0; i < features.Tokens; i++)
        {
            var row = emit.Slice(i * T, T);
            for (var k = features.Starts[i]; k < features.Starts[i + 1]; k++)
            {
                var r = Table.Find(keys[k]);
                if (r < 0) continue;
                for (var j = RowStart[r]; j < RowStart[r + 1]; j++) row[RowTags[j]] += RowWeights[j];
            }
        }
    }

    /// <summary>Decodes one sentence whose features are in <paramref name="features"/>.</summary>
    public void Tag(FeatureBuffer features, Span<int> tags, Scratch scratch)
    {
        var n = features.Tokens;
        scratch.Ensure(n);
        Score(features, scratch.Emit);
        ViterbiDecoder.Decode(scratch.Emit, n, Transitions, End, tags, scratch.Delta, scratch.Back);
    }

    /// <summary>Per-thread work arrays.</summary>
    internal sealed class Scratch
    {
        public float[] Emit = new float[64 * NerTagSet.Count];
        public float[] Delta = new float[64 * NerTagSet.Count];
        public int[] Back = new int[64 * NerTagSet.Count];

        public void Ensure(int n)
        {
            var need = n * NerTagSet.Count;
            if (Emit.Length >= need) return;
            var size = Math.Max(need, Emit.Length * 2);
            Emit = new float[size];
            Delta = new float[size];
            Back = new int[size];
        }
    }
}
