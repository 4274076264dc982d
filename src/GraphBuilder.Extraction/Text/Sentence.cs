namespace GraphBuilder.Extraction.Text;

/// <summary>A sentence: a run of tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) and its character span.</summary>
public sealed record Sentence(int Index, int FirstToken, int EndToken, int Start, int End)
{
    /// <summary>Number of tokens.</summary>
    public int Length => EndToken - FirstToken;
}
