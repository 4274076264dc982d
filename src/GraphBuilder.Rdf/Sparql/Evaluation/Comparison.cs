using System.Globalization;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>SPARQL operator semantics for =, != and ordering (SPARQL 1.1 section 17.3), and the ORDER BY order (15.1).</summary>
internal static class Comparison
{
    public static bool IsSimpleOrXsdString(ILiteralNode l) => l.DataType == Vocab.XsdString && l.Language.Length == 0;

    private static bool IsKnownType(ILiteralNode l) =>
        l.Language.Length > 0 || l.DataType == Vocab.XsdString || l.DataType == Vocab.XsdBoolean || l.DataType == Vocab.XsdDateTime
        || l.DataType == Vocab.XsdDate || Numeric.IsNumericType(l.DataType);

    /// <summary>The value of <c>a = b</c>: true, false, or null for a type error.</summary>
    public static bool? Equal(INode? a, INode? b)
    {
        if (a is null || b is null) return null;
        if (a is ILiteralNode la && b is ILiteralNode lb)
        {
            if (Numeric.TryParse(la, out var na) && Numeric.TryParse(lb, out var nb)) return Numeric.Equal(na, nb);
            if (IsSimpleOrXsdString(la) && IsSimpleOrXsdString(lb)) return la.Value == lb.Value;
            if (la.DataType == Vocab.XsdBoolean && lb.DataType == Vocab.XsdBoolean && TryBool(la, out var ba) && TryBool(lb, out var bb)) return ba == bb;
            if (DateTimeValue.TryParse(la, out var da) && DateTimeValue.TryParse(lb, out var db) && (la.DataType == Vocab.XsdDate) == (lb.DataType == Vocab.XsdDate))
                return DateTimeValue.Compare(da, db) is int c ? c == 0 : null;
            if (la.Equals(lb)) return true;
            // A language-tagged string never equals a literal without that tag.
            if (la.Language.Length > 0 || lb.Language.Length > 0) return false;
            // Two literals of different known kinds can never be equal; an unknown datatype makes the answer unknown.
            if (IsKnownType(la) && IsKnownType(lb) && ValidLexical(la) && ValidLexical(lb)) return false;
            return null;
        }
        return a.Equals(b);
    }

    private static bool ValidLexical(ILiteralNode l)
    {
        if (Numeric.IsNumericType(l.DataType)) return Numeric.TryParse(l, out _);
        if (l.DataType == Vocab.XsdBoolean) return TryBool(l, out _);
        if (l.DataType == Vocab.XsdDateTime || l.DataType == Vocab.XsdDate) return DateTimeValue.TryParse(l, out _);
        return true;
    }

    public static bool TryBool(ILiteralNode l, out bool b)
    {
        switch (l.Value)
        {
            case "true": case "1": b = true; return true;
            case "false": case "0": b = false; return true;
            default: b = false; return false;
        }
    }

    /// <summary>The value of <c>a &lt; b</c> as -1/0/1 comparison, or null when the operands are not comparable.</summary>
    public static int? Compare(INode? a, INode? b)
    {
        if (a is not ILiteralNode la || b is not ILiteralNode lb) return null;
        if (Numeric.TryParse(la, out var na) && Numeric.TryParse(lb, out var nb))
        {
            if (na.Kind >= NumericKind.Float || nb.Kind >= NumericKind.Float)
            {
                double x = na.AsDouble, y = nb.AsDouble;
                if (double.IsNaN(x) || double.IsNaN(y)) return null;
            }
            return Numeric.Compare(na, nb);
        }
        if (IsSimpleOrXsdString(la) && IsSimpleOrXsdString(lb)) return Math.Sign(string.CompareOrdinal(la.Value, lb.Value));
        if (la.DataType == Vocab.XsdBoolean && lb.DataType == Vocab.XsdBoolean && TryBool(la, out var ba) && TryBool(lb, out var bb)) return ba.CompareTo(bb);
        if (DateTimeValue.TryParse(la, out var da) && DateTimeValue.TryParse(lb, out var db) && (la.DataType == Vocab.XsdDate) == (lb.DataType == Vocab.XsdDate))
            return DateTimeValue.Compare(da, db);
        return null;
    }

    /// <summary>The ORDER BY order: unbound, blank nodes, IRIs, literals; literals by value where comparable.</summary>
    public static int OrderCompare(INode? a, INode? b)
    {
        if (a is null) return b is null ? 0 : -1;
        if (b is null) return 1;
        int ka = Rank(a), kb = Rank(b);
        if (ka != kb) return ka.CompareTo(kb);
        switch (a)
        {
            case IBlankNode ba: return string.CompareOrdinal(ba.InternalID, ((IBlankNode)b).InternalID);
            case IUriNode ua: return string.CompareOrdinal(ua.Uri, ((IUriNode)b).Uri);
        }
        var la = (ILiteralNode)a; var lb = (ILiteralNode)b;
        var c = Compare(a, b);
        if (c is int v && v != 0) return v;
        // Not comparable (or equal in value): a fixed order so sorting is total and deterministic.
        bool sa = la.Language.Length == 0 && la.DataType == Vocab.XsdString, sb = lb.Language.Length == 0 && lb.DataType == Vocab.XsdString;
        if (sa != sb && c is null) return sa ? -1 : 1;
        int r = string.CompareOrdinal(la.Value, lb.Value);
        if (r != 0) return r;
        r = string.CompareOrdinal(la.DataType, lb.DataType);
        return r != 0 ? r : string.CompareOrdinal(la.Language, lb.Language);
    }

    private static int Rank(INode n) => n.NodeType switch { NodeType.Blank => 1, NodeType.Uri => 2, _ => 3 };
}

/// <summary>xsd:dateTime values.</summary>
internal readonly record struct DateTimeValue(int Year, int Month, int Day, int Hour, int Minute, decimal Second, int? TzMinutes, string SecondsText)
{
    /// <summary>Reads an xsd:dateTime or xsd:date literal (a date is its midnight).</summary>
    public static bool TryParse(ILiteralNode l, out DateTimeValue v)
    {
        v = default;
        if (l.DataType == Vocab.XsdDateTime) return TryParse(l.Value, out v);
        if (l.DataType != Vocab.XsdDate) return false;
        var m = System.Text.RegularExpressions.Regex.Match(l.Value, @"^(-?\d{4,}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$");
        return m.Success && TryParse(m.Groups[1].Value + "T00:00:00" + m.Groups[2].Value, out v);
    }

    public static bool TryParse(string s, out DateTimeValue v)
    {
        v = default;
        var m = Pattern.Match(s);
        if (!m.Success) return false;
        int year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        int hour = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
        int minute = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
        var secText = m.Groups[6].Value;
        decimal sec = decimal.Parse(secText, CultureInfo.InvariantCulture);
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || sec >= 60) return false;
        int? tz = null;
        if (m.Groups[7].Success)
        {
            var t = m.Groups[7].Value;
            if (t == "Z") tz = 0;
            else
            {
                int h = int.Parse(t.Substring(1, 2), CultureInfo.InvariantCulture), mi = int.Parse(t.Substring(4, 2), CultureInfo.InvariantCulture);
                tz = (t[0] == '-' ? -1 : 1) * (h * 60 + mi);
            }
        }
        v = new DateTimeValue(year, month, day, hour, minute, sec, tz, secText);
        return true;
    }

    private static readonly System.Text.RegularExpressions.Regex Pattern = new(
        @"^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Instant in seconds since year 0 (UTC; values without time zone are taken as UTC).</summary>
    private decimal Instant()
    {
        var baseDate = new DateTime(Math.Clamp(Year, 1, 9999), Month, Math.Min(Day, DateTime.DaysInMonth(Math.Clamp(Year, 1, 9999), Month)), 0, 0, 0, DateTimeKind.Utc);
        decimal secs = (decimal)(baseDate - DateTime.MinValue).TotalSeconds + Hour * 3600 + Minute * 60 + Second;
        return secs - (TzMinutes ?? 0) * 60;
    }

    public static int? Compare(DateTimeValue a, DateTimeValue b)
    {
        if (a.TzMinutes.HasValue != b.TzMinutes.HasValue)
        {
            // XSD: indeterminate unless the difference exceeds 14 hours.
            decimal d = a.Instant() - b.Instant();
            if (Math.Abs(d) <= 14 * 3600) return null;
            return Math.Sign(d);
        }
        return a.Instant().CompareTo(b.Instant());
    }
}
