using System.Text.RegularExpressions;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Blanks out lines that are page furniture rather than article content (author lines such as "Von Anna Müller und
/// Peter Schmidt, dpa", avatar lines, "date" stamps, photo credits). Lines are overwritten with spaces so every character offset of the text stays valid.
/// </summary>
public sealed partial class PageNoiseFilter
{
    /// <summary>The shared instance.</summary>
    public static readonly PageNoiseFilter Default = new();

    [GeneratedRegex(@"(?ix) \bavatar | ^\s*date\s+\d{4} | ^\s*(foto|fotos|bild|quelle|copyright|©)\s*:\S* | ^\s*(von|by)\s+[^\s.!?]+(\s+[^\s.!?]+){0,4}\s*$ |
        ^\s*(von|by)\s+(?-i:\p{Lu}[\p{L}'’-]*(\s+\p{Lu}[\p{L}'’-]*){0,3}(\s*(,|\bund\b|\band\b)\s*\p{Lu}[\p{L}'’-]*(\s+\p{Lu}[\p{L}'’-]*){0,3})*)\s*,\s*(dpa|dpa-afx|afp|reuters|ap|kna|epd)\b[^.!?]*$ | ^\s*\(?(dpa|afp|reuters|ap|kna|epd)(/[a-z]+)*\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NoiseLine();

    /// <summary>Returns <paramref name="text"/> with noise lines replaced by spaces (same length).</summary>
    public string Clean(string text)
    {
        char[]? buffer = null;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            if (line.Length > 0 && line.Length < 160 && NoiseLine().IsMatch(line))
            {
                buffer ??= text.ToCharArray();
                for (int i = start; i < end; i++) if (buffer[i] != '\r') buffer[i] = ' ';
            }
            start = end + 1;
        }
        return buffer is null ? text : new string(buffer);
    }
}
