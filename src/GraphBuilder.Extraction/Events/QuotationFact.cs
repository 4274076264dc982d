namespace GraphBuilder.Extraction.Events;

/// <summary>
/// Something a person or body said, kept as a quotation (schema:Quotation in the output) rather than as an event:
/// the wording of a speaker whose acts the document reports as events of their own.
/// </summary>
public sealed record QuotationFact
{
    /// <summary>The speaker's entity key.</summary>
    public required string SpeakerKey { get; init; }
    /// <summary>The quoted words; null for indirect speech, whose words are the sentence itself.</summary>
    public string? Text { get; init; }
    /// <summary>The sentence it was read from.</summary>
    public required int Sentence { get; init; }
    /// <summary>When, if the sentence (or the document date with a weekday) says.</summary>
    public DateOnly? Date { get; init; }
}
