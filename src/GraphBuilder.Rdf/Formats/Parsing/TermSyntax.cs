using System.Text;

namespace GraphBuilder.Rdf.Formats.Parsing;

/// <summary>Small pieces of term syntax shared by the N-Triples and Turtle readers.</summary>
internal static class TermSyntax
{
    /// <summary>True when <paramref name="iri"/> starts with a URI scheme and a colon.</summary>
    public static bool HasScheme(ReadOnlySpan<char> iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter(iri[0])) return false;
        for (int i = 1; i < iri.Length; i++)
        {
            char c = iri[i];
            if (c == ':') return true;
            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return false;
        }
        return false;
    }

    /// <summary>
    /// Appends the code point of a <c>\uXXXX</c> or <c>\UXXXXXXXX</c> escape; <paramref name="digits"/> are the hex
    /// digits. Returns the code point, or -1 when the digits are not hex or do not name a Unicode scalar value.
    /// </summary>
    public static int AppendUnicodeEscape(StringBuilder sb, ReadOnlySpan<char> digits)
    {
        int cp = 0;
        foreach (char d in digits)
        {
            if (!CharClasses.IsHex(d)) return -1;
            cp = (cp << 4) | CharClasses.HexValue(d);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
        return cp;
    }

    /// <summary>The character an ECHAR escape (<c>\t \b \n \r \f \" \' \\</c>) stands for, or -1.</summary>
    public static int EscapedChar(char c) => c switch
    {
        't' => '\t',
        'b' => '\b',
        'n' => '\n',
        'r' => '\r',
        'f' => '\f',
        '"' => '"',
        '\'' => '\'',
        '\\' => '\\',
        _ => -1,
    };

    /// <summary>The code point at <paramref name="i"/> (a surrogate pair counts as one), and its width in chars.</summary>
    public static int CodePointAt(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>How a character is shown in an error message.</summary>
    public static string Show(int c) => c < 0 ? "end of input" : c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) ? $"U+{c:X4}" : $"'{char.ConvertFromUtf32(c)}'";
}
