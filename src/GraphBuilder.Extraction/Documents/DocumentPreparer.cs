using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Turns a source article into a tokenized <see cref="Document"/>: blanks page noise, reads the date and the
/// headline, finds where the body starts, and splits tokens, sentences and quotations.
/// </summary>
public sealed class DocumentPreparer
{
    /// <summary>The longest line taken for a headline.</summary>
    public const int MaxHeadlineLength = 200;

    /// <summary>Prepares <paramref name="source"/>.</summary>
    public Document Prepare(SourceDocument source)
    {
        var text = PageNoiseFilter.Default.Clean(source.Text.Replace('\r', ' '));
        var doc = new Document(source, text)
        {
            Date = DocumentDateFinder.Default.Find(text) ?? source.Date,
            Title = source.Title,
        };
        FindHead(doc);
        doc.Tokens = Tokenizer.Default.Tokenize(text);
        doc.Sentences = SentenceSplitter.Default.Split(text, doc.Tokens);
        doc.Quotes = QuoteFinder.Default.Find(text, doc.Tokens);
        return doc;
    }

    /// <summary>A first line without final punctuation followed by a blank line and a body is the headline; a date line after it belongs to the head too.</summary>
    private static void FindHead(Document doc)
    {
        var text = doc.Text;
        int pos = 0;
        bool headlineTaken = doc.Title != null;
        for (int lineNo = 0; lineNo < 4 && pos < text.Length; lineNo++)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
            if (pos >= text.Length) break;
            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            var line = text[pos..end].Trim();
            bool blankAfter = end >= text.Length || IsBlankLineAfter(text, end);
            if (IsDateLine(line))
            {
                doc.BodyStart = end;
                pos = end;
                continue;
            }
            if (!headlineTaken && blankAfter && end < text.Length && line.Length <= MaxHeadlineLength && !EndsLikeSentence(line) && line.Length > 0)
            {
                doc.Title = line;
                doc.BodyStart = end;
                headlineTaken = true;
                pos = end;
                continue;
            }
            break;
        }
    }

    /// <summary>Final punctuation, possibly inside closing quotation marks or brackets ("… Kiews.“").</summary>
    private static bool EndsLikeSentence(string line)
    {
        var t = line.TrimEnd('“', '”', '"', '«', '»', '’', '\'', ')', ' ');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…';
    }

    private static bool IsBlankLineAfter(string text, int newline)
    {
        int i = newline + 1;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i >= text.Length || text[i] == '\n';
    }

    private static bool IsDateLine(string line) =>
        line.Length is > 0 and < 60 && DocumentDateFinder.Default.Find(line) != null && !line.EndsWith('.');
}
