namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// One sentence of a GermEval TSV file: its comment lines, and per token the index column, the token and the
/// outer and inner BIO tags (null when the file had no tag columns).
/// </summary>
public sealed class NerSentence
{
    /// <summary>Creates a sentence.</summary>
    public NerSentence(IReadOnlyList<string> comments, IReadOnlyList<string> indexes, IReadOnlyList<string> tokens, int[]? outer, int[]? inner, int firstLine)
    {
        Comments = comments;
        Indexes = indexes;
        Tokens = tokens;
        Outer = outer;
        Inner = inner;
        FirstLine = firstLine;
    }

    /// <summary>The comment lines (first column <c>#</c>) before the sentence, verbatim.</summary>
    public IReadOnlyList<string> Comments { get; }

    /// <summary>The first column of each token line, verbatim.</summary>
    public IReadOnlyList<string> Indexes { get; }

    /// <summary>The tokens.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Outer (level-1) tag numbers (<see cref="NerTagSet"/>), or null.</summary>
    public int[]? Outer { get; }

    /// <summary>Inner (level-2) tag numbers, or null.</summary>
    public int[]? Inner { get; }

    /// <summary>1-based line number of the first token, for messages.</summary>
    public int FirstLine { get; }
}
