using System.Text;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Reads and writes the GermEval 2014 TSV layout: one token per line (index, token, outer tag, inner tag), a blank
/// line between sentences, comment lines whose first column is exactly <c>#</c>.
/// </summary>
public static class GermEvalFormat
{
    /// <summary>
    /// Reads all sentences. With <paramref name="requireTags"/> every token line must have the two tag columns;
    /// otherwise two columns (index, token) suffice and tags are read when present. Columns after the fourth are
    /// ignored. Throws <see cref="InvalidDataException"/> naming the line for malformed input and for a file
    /// without any token.
    /// </summary>
    public static List<NerSentence> Read(TextReader reader, string sourceName, bool requireTags)
    {
        var sentences = new List<NerSentence>();
        var comments = new List<string>();
        var indexes = new List<string>();
        var tokens = new List<string>();
        var outer = new List<int>();
        var inner = new List<int>();
        bool? tagged = null;
        var lineNo = 0;
        var first = 0;

        void Flush()
        {
            if (tokens.Count == 0) return;
            var hasTags = tagged == true;
            sentences.Add(new NerSentence(comments.ToArray(), indexes.ToArray(), tokens.ToArray(),
                hasTags ? outer.ToArray() : null, hasTags ? inner.ToArray() : null, first));
            comments.Clear(); indexes.Clear(); tokens.Clear(); outer.Clear(); inner.Clear();
        }

        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            var cols = line.Split('\t');
            if (cols[0] == "#")
            {
                if (tokens.Count > 0) Flush();
                comments.Add(line);
                continue;
            }
            var n = cols.Length;
            // A trailing tab adds one empty column; it is not a column of its own.
            while (n > 2 && cols[n - 1].Length == 0) n--;
            if (n < 2 || (requireTags && n < 4) || n == 3)
                throw new InvalidDataException($"{sourceName}:{lineNo}: expected {(requireTags ? "4" : "2 or 4")} tab-separated columns (index, token{(requireTags ? ", outer tag, inner tag" : "[, outer tag, inner tag]")}), found {n}");
            if (cols[1].Length == 0)
                throw new InvalidDataException($"{sourceName}:{lineNo}: empty token");
            var lineTagged = n >= 4;
            if (tagged == null) tagged = lineTagged;
            else if (tagged != lineTagged)
                throw new InvalidDataException($"{sourceName}:{lineNo}: {(lineTagged ? "4" : "2")} columns, but earlier lines had {(tagged == true ? "4" : "2")}");
            if (tokens.Count == 0) first = lineNo;
            indexes.Add(cols[0]);
            tokens.Add(cols[1]);
            if (lineTagged)
            {
                outer.Add(ParseTag(cols[2], sourceName, lineNo));
                inner.Add(ParseTag(cols[3], sourceName, lineNo));
            }
        }
        Flush();
        if (sentences.Count == 0)
            throw new InvalidDataException($"{sourceName}: no sentences (the file is empty or holds only comments)");
        return sentences;
    }

    /// <summary>Reads a file (see <see cref="Read(TextReader, string, bool)"/>).</summary>
    public static List<NerSentence> ReadFile(string path, bool requireTags)
    {
        using var r = StrictUtf8Reader.Open(path);
        return Read(r, path, requireTags);
    }

    /// <summary>
    /// Writes sentences with the given tags in columns 3 and 4: comment lines and the first two columns as read,
    /// a blank line after every sentence, LF line ends.
    /// </summary>
    public static void Write(TextWriter writer, IReadOnlyList<NerSentence> sentences, IReadOnlyList<int[]> outer, IReadOnlyList<int[]> inner)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var sent = sentences[s];
            foreach (var c in sent.Comments) { writer.Write(c); writer.Write('\n'); }
            for (var i = 0; i < sent.Tokens.Count; i++)
            {
                writer.Write(sent.Indexes[i]); writer.Write('\t');
                writer.Write(sent.Tokens[i]); writer.Write('\t');
                writer.Write(NerTagSet.Name(outer[s][i])); writer.Write('\t');
                writer.Write(NerTagSet.Name(inner[s][i])); writer.Write('\n');
            }
            writer.Write('\n');
        }
    }

    private static int ParseTag(string text, string source, int line)
    {
        var t = NerTagSet.Parse(text);
        if (t < 0) throw new InvalidDataException($"{source}:{line}: unknown tag '{text}' (expected O, B-X or I-X with X one of {string.Join(", ", NerTagSet.Labels)})");
        return t;
    }
}
