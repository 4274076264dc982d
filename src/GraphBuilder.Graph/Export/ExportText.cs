using System.Globalization;
using System.Text;
using System.Xml;
using GraphBuilder.Graph.Model;

namespace GraphBuilder.Graph.Export;

/// <summary>Formatting shared by the exporters: invariant numbers, XML writer settings, characters XML cannot carry.</summary>
public static class ExportText
{
    /// <summary>UTF-8 without byte-order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>A number in invariant culture, shortest round-trip form.</summary>
    public static string Num(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer in invariant culture.</summary>
    public static string Num(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>A measure rounded to 6 significant decimals for display and exports (stable across platforms).</summary>
    public static string Measure(double d) => Math.Round(d, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Settings for every XML export: indented, LF line ends, UTF-8, and an error for characters XML 1.0 forbids.</summary>
    public static XmlWriterSettings XmlSettings() => new()
    {
        Encoding = Utf8,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
    };

    /// <summary>Removes characters that XML 1.0 cannot carry at all (control characters, lone surrogates); keeps emoji.</summary>
    public static string XmlSafe(string s)
    {
        int pos = 0;
        while (pos < s.Length && IsXmlChar(s, pos, out int step)) pos += step;
        if (pos == s.Length) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (IsXmlChar(s, i, out int w)) { sb.Append(s, i, w); i += w - 1; }
            else sb.Append('\uFFFD');
        }
        return sb.ToString();
    }

    private static bool IsXmlChar(string s, int i, out int width)
    {
        width = 1;
        char c = s[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { width = 2; return true; }
            return false;
        }
        if (char.IsLowSurrogate(c)) return false;
        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }

    /// <summary>The evidence of an edge as one string (sentences separated by " | "), cut to a readable length.</summary>
    public static string Evidence(RelationEdge e, int max = 2000)
    {
        var s = string.Join(" | ", e.Evidence);
        return s.Length <= max ? s : s[..max] + "…";
    }
}
