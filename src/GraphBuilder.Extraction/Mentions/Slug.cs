using System.Globalization;
using System.Text;

namespace GraphBuilder.Extraction.Mentions;

/// <summary>Makes IRI-safe slugs from names: lower case, ASCII-folded, words joined by hyphens ("Wolodymyr Selenskyj" → "wolodymyr-selenskyj").</summary>
public static class Slug
{
    /// <summary>The slug of <paramref name="name"/> (never empty: "x" for a name without letters or digits).</summary>
    public static string Make(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Replace("ß", "ss").Replace("ẞ", "ss").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            char c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        return sb.Length == 0 ? "x" : sb.ToString();
    }
}
