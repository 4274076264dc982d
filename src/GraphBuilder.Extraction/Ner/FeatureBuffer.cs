namespace GraphBuilder.Extraction.Ner;

/// <summary>Feature keys of one sentence, token by token (a growable flat array plus per-token start offsets).</summary>
internal sealed class FeatureBuffer
{
    public uint[] Keys = new uint[1024];

    /// <summary>For a key of 0, the feature's table value, looked up beforehand (see <see cref="AddValue"/>).</summary>
    public uint[] Values = new uint[1024];
    public int Count;
    public int[] Starts = new int[65];
    public int Tokens;

    public void Reset(int tokens)
    {
        Count = 0;
        Tokens = tokens;
        if (Starts.Length < tokens + 1) Starts = new int[Math.Max(tokens + 1, Starts.Length * 2)];
    }

    public void BeginToken(int i) => Starts[i] = Count;

    public void EndSentence() => Starts[Tokens] = Count;

    public void Add(uint key)
    {
        if (Count == Keys.Length) Grow();
        Keys[Count++] = key;
    }

    /// <summary>Adds a feature already looked up in the model's table: key 0, and its table value (0 = not in the model).</summary>
    public void AddValue(uint value)
    {
        if (Count == Keys.Length) Grow();
        Values[Count] = value;
        Keys[Count++] = 0;
    }

    private void Grow()
    {
        Array.Resize(ref Keys, Keys.Length * 2);
        Array.Resize(ref Values, Keys.Length);
    }
}
