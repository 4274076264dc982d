namespace GraphBuilder.Rdf.Formats;

/// <summary>The Turtle/TriG grammar's name productions (PN_PREFIX, PN_LOCAL), as a writer needs them to decide whether a prefixed name is legal.</summary>
public static class TurtleNameWriter
{
    /// <summary>True when <paramref name="prefix"/> is empty or a valid PN_PREFIX.</summary>
    public static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        var cps = CodePoints(prefix);
        if (cps == null || !IsPnCharsBase(cps[0])) return false;
        if (cps[^1] == '.') return false;
        for (int i = 1; i < cps.Count; i++)
            if (!(IsPnChars(cps[i]) || cps[i] == '.')) return false;
        return true;
    }

    /// <summary>
    /// True when <paramref name="local"/> can be written unescaped as the local part of a prefixed name (PN_LOCAL
    /// without PN_LOCAL_ESC; '%' only as a PERCENT escape, which stands for itself in the IRI). The empty local name is valid.
    /// </summary>
    public static bool IsValidLocal(string local)
    {
        if (local.Length == 0) return true;
        var cps = CodePoints(local);
        if (cps == null) return false;
        for (int i = 0; i < cps.Count; i++)
        {
            int c = cps[i];
            if (c == '%')
            {
                if (i + 2 >= cps.Count || !IsHex(cps[i + 1]) || !IsHex(cps[i + 2])) return false;
                i += 2;
                continue;
            }
            bool ok = i == 0
                ? IsPnCharsU(c) || c == ':' || (c >= '0' && c <= '9')
                : IsPnChars(c) || c == ':' || (c == '.' && i < cps.Count - 1);
            if (!ok) return false;
        }
        return true;
    }

    private static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    private static List<int>? CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else if (char.IsSurrogate(s[i])) return null;
            else list.Add(s[i]);
        }
        return list;
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
