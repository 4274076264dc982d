using System.Runtime.CompilerServices;

namespace GraphBuilder.Rdf.Formats.Parsing;

/// <summary>The character classes of the RDF 1.1 grammars (PN_CHARS_BASE, PN_CHARS_U, PN_CHARS, HEX), on code points.</summary>
internal static class CharClasses
{
    /// <summary>PN_CHARS_BASE.</summary>
    public static bool IsPnCharsBase(int c)
    {
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
            || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
            || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
            || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }

    /// <summary>PN_CHARS_U: PN_CHARS_BASE or '_'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    /// <summary>PN_CHARS: PN_CHARS_U, '-', digits, U+00B7, U+0300-036F, U+203F-2040.</summary>
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || (uint)(c - '0') <= 9 || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);

    /// <summary>HEX.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHex(int c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>Value of a HEX digit.</summary>
    public static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Characters PN_LOCAL_ESC allows after a backslash.</summary>
    public static bool IsLocalEscapable(int c) => c switch
    {
        '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%' => true,
        _ => false,
    };

    /// <summary>True for characters IRIREF forbids, even when written as a \u escape: controls, space, &lt;&gt;"{}|^`\.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsForbiddenInIri(int c) => c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';
}
