namespace GraphBuilder.Rdf.Formats;

/// <summary>The Turtle/TriG grammar's name productions (PN_PREFIX, PN_LOCAL), as a writer needs them to decide whether a prefixed name is legal.</summary>
public static class TurtleNameWriter
{
    /// <summary>True when <paramref name="prefix"/> is empty or a valid PN_PREFIX.</summary>
    public static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        if (prefix[^1] == '.') return false;
        int i = 0;
        bool first = true;
        while (i < prefix.Length)
        {
            int c = Next(prefix, ref i);
            if (c < 0) return false;
            if (first ? !IsPnCharsBase(c) : !(IsPnChars(c) || c == '.')) return false;
            first = false;
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="local"/> can be written unescaped as the local part of a prefixed name (PN_LOCAL
    /// without PN_LOCAL_ESC; '%' only as a PERCENT escape, which stands for itself in the IRI). The empty local name is valid.
    /// </summary>
    public static bool IsValidLocal(ReadOnlySpan<char> local)
    {
        if (local.Length == 0) return true;
        if (local[^1] == '.') return false;
        int i = 0;
        bool first = true;
        while (i < local.Length)
        {
            if (local[i] == '%')
            {
                if (i + 2 >= local.Length || !char.IsAsciiHexDigit(local[i + 1]) || !char.IsAsciiHexDigit(local[i + 2])) return false;
                i += 3;
                first = false;
                continue;
            }
            int c = Next(local, ref i);
            if (c < 0) return false;
            bool ok = first
                ? IsPnCharsU(c) || c == ':' || (c >= '0' && c <= '9')
                : IsPnChars(c) || c == ':' || c == '.';
            if (!ok) return false;
            first = false;
        }
        return true;
    }

    /// <summary>The code point at <paramref name="i"/> (advancing past it), or -1 for an unpaired surrogate.</summary>
    private static int Next(ReadOnlySpan<char> s, ref int i)
    {
        char c = s[i++];
        if (!char.IsSurrogate(c)) return c;
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i])) return char.ConvertToUtf32(c, s[i++]);
        return -1;
    }

    internal static bool IsPnCharsBase(int c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
        or >= 0x00C0 and <= 0x00D6 or >= 0x00D8 and <= 0x00F6 or >= 0x00F8 and <= 0x02FF
        or >= 0x0370 and <= 0x037D or >= 0x037F and <= 0x1FFF or >= 0x200C and <= 0x200D
        or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
        or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    internal static bool IsPnCharsU(int c) => IsPnCharsBase(c) || c == '_';

    internal static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || c is >= '0' and <= '9' || c == 0x00B7
        || c is >= 0x0300 and <= 0x036F or >= 0x203F and <= 0x2040;
}
