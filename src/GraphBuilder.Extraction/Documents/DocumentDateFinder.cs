using System.Globalization;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Text;

namespace GraphBuilder.Extraction.Documents;

/// <summary>
/// Finds the date an article states near its top ("19. Januar 2022, 19:14 Uhr", "7. April 2022", "2022-01-19",
/// "19.01.2022"). Only the head of the article is searched, so dates mentioned in the story do not count.
/// </summary>
public sealed partial class DocumentDateFinder
{
    /// <summary>How many characters from the start are searched.</summary>
    public const int HeadLength = 400;

    /// <summary>The shared instance.</summary>
    public static readonly DocumentDateFinder Default = new();

    [GeneratedRegex(@"\b(\d{1,2})\.\s*([A-Za-zäÄ]+)\.?\s+(\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex GermanDate();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>The date stated at the top of <paramref name="text"/>, or null.</summary>
    public DateOnly? Find(string text)
    {
        var head = text.Length > HeadLength ? text[..HeadLength] : text;
        foreach (Match m in GermanDate().Matches(head))
        {
            if (!GermanAbbreviations.Months.TryGetValue(m.Groups[2].Value, out int month)) continue;
            if (TryDate(m.Groups[3].Value, month, m.Groups[1].Value, out var d)) return d;
        }
        foreach (Match m in NumericDate().Matches(head))
        {
            if (m.Groups[1].Success && TryDate(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Value, out var a)) return a;
            if (m.Groups[4].Success && TryDate(m.Groups[6].Value, int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture), m.Groups[4].Value, out var b)) return b;
        }
        return null;
    }

    private static bool TryDate(string year, int month, string day, out DateOnly date)
    {
        date = default;
        int y = int.Parse(year, CultureInfo.InvariantCulture), d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1900 || y > 2100 || month < 1 || month > 12 || d < 1 || d > DateTime.DaysInMonth(y, month)) return false;
        date = new DateOnly(y, month, d);
        return true;
    }
}
