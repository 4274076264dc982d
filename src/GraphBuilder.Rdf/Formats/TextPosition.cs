namespace GraphBuilder.Rdf.Formats;

/// <summary>Line and column of a place in a text, for error messages of the form <c>file:line:col</c>.</summary>
public static class TextPosition
{
    /// <summary>1-based line and column (in characters; a surrogate pair is one) of <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Of(ReadOnlySpan<char> text, int index)
    {
        var before = text[..Math.Clamp(index, 0, text.Length)];
        int lastLf = before.LastIndexOf('\n');
        var lineText = before[(lastLf + 1)..];
        int column = lineText.Length + 1;
        foreach (var c in lineText) if (char.IsLowSurrogate(c)) column--;
        return (before.Count('\n') + 1, column);
    }
}
