using GraphBuilder.Extraction.Documents;

namespace GraphBuilder.Extraction.Events;

/// <summary>
/// Turns a speaker's untargeted statements into quotations when the document reports an addressed act of the same
/// speaker. News quotes mostly word, justify or elaborate the acts the report is about ("Kuleba forderte Waffen …
/// „Es sind Waffen, Waffen, Waffen“, sagte Kuleba"); counting each "sagte" as one more CAMEO 01 event would
/// break the contract's "one event per distinct act" and clutter event queries with acts nobody was the target of.
/// The words are not lost: they stay in the graph as the speaker's quotations.
/// </summary>
public static class StatementFolder
{
    /// <summary>Moves the foldable statements of <paramref name="doc"/> from its events to its quotations.</summary>
    public static void Fold(Document doc)
    {
        var addressing = doc.Events.Where(e => e.TargetKey != null).Select(e => e.ActorKey).ToHashSet(StringComparer.Ordinal);
        var folded = doc.Events.Where(e => e.Cameo == "01" && e.TargetKey is null && addressing.Contains(e.ActorKey)).ToList();
        foreach (var st in folded)
            doc.Quotations.Add(new QuotationFact { SpeakerKey = st.ActorKey, Text = st.Quote, Sentence = st.Sentence, Date = st.Date });
        doc.Events.RemoveAll(folded.Contains);
    }
}
