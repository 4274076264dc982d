namespace GraphBuilder.Extraction.Text;

/// <summary>A direct quotation: the tokens strictly between its marks, [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
public sealed record Quote(int OpenToken, int CloseToken, string Text)
{
    /// <summary>First token inside the quotation marks.</summary>
    public int FirstToken => OpenToken + 1;
    /// <summary>The closing mark's token index (exclusive end of the content).</summary>
    public int EndToken => CloseToken;
    /// <summary>Number of words inside.</summary>
    public int Length => CloseToken - OpenToken - 1;
}
