namespace GraphBuilder.Extraction.Ner;

/// <summary>Feature keys of one sentence, token by token (a growable flat array plus per-token start offsets).</summary>
internal sealed class FeatureBuffer
{
    public uint[] Keys = new uint[1024];
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
        if (Count == Keys.Length) Array.Resize(ref Keys, Keys.Length * 2);
        Keys[Count++] = key;
    }
}
