using System.Globalization;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>The numeric type ladder of XPath type promotion.</summary>
internal enum NumericKind { Integer = 0, Decimal = 1, Float = 2, Double = 3 }

/// <summary>A numeric value: integers and decimals as <see cref="decimal"/>, floats and doubles as <see cref="double"/>.</summary>
internal readonly record struct Numeric(NumericKind Kind, decimal Dec, double Dbl)
{
    public double AsDouble => Kind >= NumericKind.Float ? Dbl : (double)Dec;

    public static Numeric FromInteger(decimal d) => new(NumericKind.Integer, d, 0);
    public static Numeric FromDecimal(decimal d) => new(NumericKind.Decimal, d, 0);
    public static Numeric FromDouble(double d, NumericKind kind = NumericKind.Double) => new(kind, 0, d);

    private static readonly HashSet<string> IntegerTypes = new(StringComparer.Ordinal)
    {
        "integer", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte", "nonNegativeInteger",
        "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger",
    };

    /// <summary>True when the datatype is one of XSD's numeric types.</summary>
    public static bool IsNumericType(string datatype)
    {
        if (!datatype.StartsWith(Vocab.Xsd, StringComparison.Ordinal)) return false;
        var local = datatype.AsSpan(Vocab.Xsd.Length);
        return local is "decimal" or "float" or "double" || IntegerTypes.Contains(local.ToString());
    }

    /// <summary>Reads a numeric literal; false when it is not numeric or its lexical form is invalid.</summary>
    public static bool TryParse(INode? node, out Numeric value)
    {
        value = default;
        if (node is not ILiteralNode lit || !lit.DataType.StartsWith(Vocab.Xsd, StringComparison.Ordinal)) return false;
        var local = lit.DataType[Vocab.Xsd.Length..];
        var s = lit.Value.Trim();
        switch (local)
        {
            case "decimal":
                if (!IsDecimalLexical(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dec)) return false;
                value = FromDecimal(dec); return true;
            case "float":
            case "double":
                if (!TryParseDouble(s, out var dbl)) return false;
                if (local == "float") dbl = (float)dbl;
                value = FromDouble(dbl, local == "float" ? NumericKind.Float : NumericKind.Double); return true;
            default:
                if (!IntegerTypes.Contains(local)) return false;
                if (!IsIntegerLexical(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return false;
                if (!InRange(local, i)) return false;
                value = FromInteger(i); return true;
        }
    }

    private static bool InRange(string type, decimal i) => type switch
    {
        "nonPositiveInteger" => i <= 0,
        "negativeInteger" => i < 0,
        "nonNegativeInteger" or "unsignedLong" => i >= 0,
        "positiveInteger" => i > 0,
        "long" => i >= long.MinValue && i <= long.MaxValue,
        "int" => i >= int.MinValue && i <= int.MaxValue,
        "short" => i >= short.MinValue && i <= short.MaxValue,
        "byte" => i >= sbyte.MinValue && i <= sbyte.MaxValue,
        "unsignedInt" => i >= 0 && i <= uint.MaxValue,
        "unsignedShort" => i >= 0 && i <= ushort.MaxValue,
        "unsignedByte" => i >= 0 && i <= byte.MaxValue,
        _ => true,
    };

    public static bool IsIntegerLexical(string s)
    {
        int i = 0;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) i++;
        if (i >= s.Length) return false;
        for (; i < s.Length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    public static bool IsDecimalLexical(string s)
    {
        int i = 0, digits = 0;
        bool dot = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) i++;
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i])) digits++;
            else if (s[i] == '.' && !dot) dot = true;
            else return false;
        }
        return digits > 0;
    }

    public static bool TryParseDouble(string s, out double d)
    {
        d = 0;
        switch (s)
        {
            case "INF": case "+INF": d = double.PositiveInfinity; return true;
            case "-INF": d = double.NegativeInfinity; return true;
            case "NaN": d = double.NaN; return true;
        }
        int i = 0, digits = 0;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) i++;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '.' && !dot) dot = true;
            else if (c is 'e' or 'E') { if (!IsIntegerLexical(s[(i + 1)..])) return false; break; }
            else return false;
        }
        if (digits == 0) return false;
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d);
    }

    /// <summary>The kind both operands are promoted to.</summary>
    public static NumericKind Promote(Numeric a, Numeric b) => (NumericKind)Math.Max((int)a.Kind, (int)b.Kind);

    public static int Compare(Numeric a, Numeric b)
    {
        if (Promote(a, b) >= NumericKind.Float) return a.AsDouble.CompareTo(b.AsDouble);
        return a.Dec.CompareTo(b.Dec);
    }

    /// <summary>Numeric equality (NaN is unequal to everything).</summary>
    public static bool Equal(Numeric a, Numeric b)
    {
        if (Promote(a, b) >= NumericKind.Float) return a.AsDouble == b.AsDouble;
        return a.Dec == b.Dec;
    }

    /// <summary>Applies + - * /; null on error (decimal division by zero, overflow).</summary>
    public static Numeric? Arithmetic(char op, Numeric a, Numeric b)
    {
        var kind = Promote(a, b);
        if (op == '/' && kind == NumericKind.Integer) kind = NumericKind.Decimal;
        if (kind >= NumericKind.Float)
        {
            double x = a.AsDouble, y = b.AsDouble;
            double r = op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            if (kind == NumericKind.Float) r = (float)r;
            return FromDouble(r, kind);
        }
        try
        {
            decimal x = a.Dec, y = b.Dec;
            if (op == '/' && y == 0) return null;
            decimal r = op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            return new Numeric(kind, r, 0);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The canonical literal of the value.</summary>
    public INode ToNode() => Kind switch
    {
        NumericKind.Integer => new LiteralNode(decimal.Truncate(Dec).ToString(CultureInfo.InvariantCulture), Vocab.XsdInteger),
        NumericKind.Decimal => new LiteralNode(DecimalLexical(Dec), Vocab.XsdDecimal),
        NumericKind.Float => new LiteralNode(FloatLexical((float)Dbl), Vocab.Xsd + "float"),
        _ => new LiteralNode(DoubleLexical(Dbl), Vocab.XsdDouble),
    };

    public static string DecimalLexical(decimal d)
    {
        return d.ToString("0.0###########################", CultureInfo.InvariantCulture);
    }

    /// <summary>Canonical xsd:float: the shortest digits that read back as the same float.</summary>
    public static string FloatLexical(float f)
    {
        if (float.IsNaN(f) || float.IsInfinity(f) || f == 0) return DoubleLexical(f);
        var (m, e) = Normalise(f.ToString("R", CultureInfo.InvariantCulture));
        return m == null ? DoubleLexical(f) : m + "E" + e.ToString(CultureInfo.InvariantCulture);
    }

    public static string DoubleLexical(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "INF";
        if (double.IsNegativeInfinity(d)) return "-INF";
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0E0" : "0.0E0";
        var s = d.ToString("E16", CultureInfo.InvariantCulture);
        // s like -1.2340000000000000E+003 -> mantissa trimmed, exponent as integer
        int e = s.IndexOf('E');
        var mant = s[..e].TrimEnd('0');
        if (mant.EndsWith('.')) mant += "0";
        int exp = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
        // Round-trip check: E16 may carry noise digits; prefer the shortest round-trip form.
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        if (double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            var (m2, e2) = Normalise(r);
            if (m2 != null) { mant = m2; exp = e2; }
        }
        return mant + "E" + exp.ToString(CultureInfo.InvariantCulture);
    }

    private static (string?, int) Normalise(string r)
    {
        // r is e.g. "123.45", "-1E-05", "1.5E+20"
        bool neg = r.StartsWith('-');
        if (neg) r = r[1..];
        int exp = 0;
        int ei = r.IndexOfAny(['E', 'e']);
        if (ei >= 0) { exp = int.Parse(r[(ei + 1)..], CultureInfo.InvariantCulture); r = r[..ei]; }
        int dot = r.IndexOf('.');
        string digits = dot >= 0 ? r.Remove(dot, 1) : r;
        int pointPos = dot >= 0 ? dot : r.Length;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; }
        digits = digits[lead..];
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return (null, 0);
        exp += pointPos - 1;
        var mant = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return ((neg ? "-" : "") + mant, exp);
    }
}
