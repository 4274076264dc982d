namespace GraphBuilder.Extraction.Documents;

/// <summary>An article as read from its source, before any analysis.</summary>
/// <param name="Id">Document id: the file name without extension, or the JSON Lines record's id.</param>
/// <param name="Text">The article text.</param>
/// <param name="Source">Where it came from (file path, with the line for JSON Lines), for error messages.</param>
public sealed record SourceDocument(string Id, string Text, string Source)
{
    /// <summary>The title given by the record, if any.</summary>
    public string? Title { get; init; }
    /// <summary>The date given by the record, if any.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The article's address, if any.</summary>
    public string? Url { get; init; }
    /// <summary>The language given by the record (default German).</summary>
    public string Language { get; init; } = "de";
}
