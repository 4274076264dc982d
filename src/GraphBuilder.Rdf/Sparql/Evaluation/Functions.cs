using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Rdf.Sparql.Evaluation;

/// <summary>The SPARQL built-in functions over evaluated arguments (null arguments are errors) and the XSD casts.</summary>
internal static class Functions
{
    private static INode? Str(string s) => new LiteralNode(s);
    private static INode Int(long v) => new LiteralNode(v.ToString(CultureInfo.InvariantCulture), Vocab.XsdInteger);
    private static readonly Random Rng = new();

    public static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    /// <summary>A string literal argument (simple, xsd:string or language-tagged), else null.</summary>
    private static ILiteralNode? StringLit(INode? n) =>
        n is ILiteralNode l && (l.Language.Length > 0 || l.DataType == Vocab.XsdString) ? l : null;

    /// <summary>A literal with the same language tag or datatype as <paramref name="like"/> (for functions that keep it).</summary>
    private static INode Like(ILiteralNode like, string value) =>
        like.Language.Length > 0 ? new LiteralNode(value, null, like.Language) : new LiteralNode(value, like.DataType);

    /// <summary>Argument compatibility for STRSTARTS and friends (17.4.3.1.1).</summary>
    private static bool Compatible(ILiteralNode a, ILiteralNode b) =>
        b.Language.Length == 0 || string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase);

    public static INode? Apply(QueryContext ctx, string op, INode?[] a)
    {
        switch (op)
        {
            case "STR":
                return a[0] switch
                {
                    IUriNode u => Str(u.Uri),
                    ILiteralNode l => Str(l.Value),
                    _ => null,
                };
            case "LANG":
                return a[0] is ILiteralNode ll ? Str(ll.Language) : null;
            case "LANGMATCHES":
                {
                    if (a[0] is not ILiteralNode tag || a[1] is not ILiteralNode range || tag.Language.Length > 0 || range.Language.Length > 0) return null;
                    return ExpressionEvaluator.Bool(LangMatches(tag.Value, range.Value));
                }
            case "DATATYPE":
                return a[0] is ILiteralNode dl ? new UriNode(dl.DataType) : null;
            case "IRI":
                {
                    if (a[0] is IUriNode) return a[0];
                    if (a[0] is not ILiteralNode l || !Comparison.IsSimpleOrXsdString(l)) return null;
                    var iri = ctx.BaseUri != null && !IriResolver.IsAbsolute(l.Value) ? IriResolver.Resolve(ctx.BaseUri, l.Value) : l.Value;
                    return IriResolver.IsAbsolute(iri) ? new UriNode(iri) : null;
                }
            case "RAND":
                lock (Rng) return new LiteralNode(Numeric.DoubleLexical(Rng.NextDouble()), Vocab.XsdDouble);
            case "ABS": case "CEIL": case "FLOOR": case "ROUND":
                {
                    if (!Numeric.TryParse(a[0], out var n)) return null;
                    if (n.Kind >= NumericKind.Float)
                    {
                        double d = op switch { "ABS" => Math.Abs(n.Dbl), "CEIL" => Math.Ceiling(n.Dbl), "FLOOR" => Math.Floor(n.Dbl), _ => Math.Floor(n.Dbl + 0.5) };
                        return Numeric.FromDouble(d, n.Kind).ToNode();
                    }
                    decimal m = op switch { "ABS" => Math.Abs(n.Dec), "CEIL" => Math.Ceiling(n.Dec), "FLOOR" => Math.Floor(n.Dec), _ => Math.Floor(n.Dec + 0.5m) };
                    return new Numeric(n.Kind, m, 0).ToNode();
                }
            case "CONCAT":
                {
                    var sb = new StringBuilder();
                    string? lang = null; bool allLang = true;
                    for (int i = 0; i < a.Length; i++)
                    {
                        var l = StringLit(a[i]);
                        if (l == null) return null;
                        sb.Append(l.Value);
                        if (l.Language.Length == 0) allLang = false;
                        else if (lang == null) lang = l.Language;
                        else if (!string.Equals(lang, l.Language, StringComparison.OrdinalIgnoreCase)) allLang = false;
                    }
                    if (a.Length > 0 && allLang && lang != null) return new LiteralNode(sb.ToString(), null, lang);
                    return new LiteralNode(sb.ToString());
                }
            case "STRLEN":
                {
                    var l = StringLit(a[0]);
                    return l == null ? null : Int(CodePoints(l.Value).Length);
                }
            case "UCASE": case "LCASE":
                {
                    var l = StringLit(a[0]);
                    return l == null ? null : Like(l, op == "UCASE" ? l.Value.ToUpperInvariant() : l.Value.ToLowerInvariant());
                }
            case "ENCODE_FOR_URI":
                {
                    var l = StringLit(a[0]);
                    if (l == null) return null;
                    var sb = new StringBuilder();
                    foreach (byte b in Encoding.UTF8.GetBytes(l.Value))
                    {
                        char c = (char)b;
                        if (b < 128 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')) sb.Append(c);
                        else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                    }
                    return Str(sb.ToString());
                }
            case "CONTAINS": case "STRSTARTS": case "STRENDS": case "STRBEFORE": case "STRAFTER":
                {
                    var x = StringLit(a[0]); var y = StringLit(a[1]);
                    if (x == null || y == null || !Compatible(x, y)) return null;
                    switch (op)
                    {
                        case "CONTAINS": return ExpressionEvaluator.Bool(x.Value.Contains(y.Value, StringComparison.Ordinal));
                        case "STRSTARTS": return ExpressionEvaluator.Bool(x.Value.StartsWith(y.Value, StringComparison.Ordinal));
                        case "STRENDS": return ExpressionEvaluator.Bool(x.Value.EndsWith(y.Value, StringComparison.Ordinal));
                    }
                    int idx = x.Value.IndexOf(y.Value, StringComparison.Ordinal);
                    if (idx < 0) return Str("");
                    var part = op == "STRBEFORE" ? x.Value[..idx] : x.Value[(idx + y.Value.Length)..];
                    return Like(x, part);
                }
            case "YEAR": case "MONTH": case "DAY": case "HOURS": case "MINUTES": case "SECONDS": case "TIMEZONE": case "TZ":
                {
                    // xsd:date too (as its midnight), as common engines do.
                    if (a[0] is not ILiteralNode l || !DateTimeValue.TryParse(l, out var dt)) return null;
                    switch (op)
                    {
                        case "YEAR": return Int(dt.Year);
                        case "MONTH": return Int(dt.Month);
                        case "DAY": return Int(dt.Day);
                        case "HOURS": return Int(dt.Hour);
                        case "MINUTES": return Int(dt.Minute);
                        case "SECONDS": return new LiteralNode(Numeric.DecimalLexical(dt.Second), Vocab.XsdDecimal);
                        case "TZ":
                            if (dt.TzMinutes == null) return Str("");
                            if (dt.TzMinutes == 0) return Str("Z");
                            {
                                int t = Math.Abs(dt.TzMinutes.Value);
                                return Str((dt.TzMinutes < 0 ? "-" : "+") + (t / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (t % 60).ToString("00", CultureInfo.InvariantCulture));
                            }
                        default:
                            {
                                if (dt.TzMinutes == null) return null;
                                int t = Math.Abs(dt.TzMinutes.Value);
                                var s = (dt.TzMinutes < 0 ? "-" : "") + "PT";
                                if (t == 0) s += "0S";
                                else { if (t / 60 > 0) s += (t / 60) + "H"; if (t % 60 > 0) s += (t % 60) + "M"; }
                                return new LiteralNode(s, Vocab.Xsd + "dayTimeDuration");
                            }
                    }
                }
            case "NOW":
                return new LiteralNode(ctx.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), Vocab.XsdDateTime);
            case "UUID":
                return new UriNode("urn:uuid:" + Guid.NewGuid().ToString("D"));
            case "STRUUID":
                return Str(Guid.NewGuid().ToString("D"));
            case "MD5": case "SHA1": case "SHA256": case "SHA384": case "SHA512":
                {
                    if (a[0] is not ILiteralNode l || !Comparison.IsSimpleOrXsdString(l)) return null;
                    var bytes = Encoding.UTF8.GetBytes(l.Value);
                    byte[] h = op switch
                    {
                        "MD5" => MD5.HashData(bytes),
                        "SHA1" => SHA1.HashData(bytes),
                        "SHA256" => SHA256.HashData(bytes),
                        "SHA384" => SHA384.HashData(bytes),
                        _ => SHA512.HashData(bytes),
                    };
                    return Str(Hex(h));
                }
            case "STRLANG":
                {
                    if (a[0] is not ILiteralNode l || !Comparison.IsSimpleOrXsdString(l) || a[1] is not ILiteralNode t || !Comparison.IsSimpleOrXsdString(t) || t.Value.Length == 0) return null;
                    return new LiteralNode(l.Value, null, t.Value);
                }
            case "STRDT":
                {
                    if (a[0] is not ILiteralNode l || !Comparison.IsSimpleOrXsdString(l) || a[1] is not IUriNode u) return null;
                    return new LiteralNode(l.Value, u.Uri);
                }
            case "SAMETERM":
                return a[0] == null || a[1] == null ? null : ExpressionEvaluator.Bool(a[0]!.Equals(a[1]));
            case "ISIRI": return a[0] == null ? null : ExpressionEvaluator.Bool(a[0] is IUriNode);
            case "ISBLANK": return a[0] == null ? null : ExpressionEvaluator.Bool(a[0] is IBlankNode);
            case "ISLITERAL": return a[0] == null ? null : ExpressionEvaluator.Bool(a[0] is ILiteralNode);
            case "ISNUMERIC": return a[0] == null ? null : ExpressionEvaluator.Bool(Numeric.TryParse(a[0], out _));
            case "REGEX":
                {
                    var text = StringLit(a[0]);
                    if (text == null || a[1] is not ILiteralNode p || !Comparison.IsSimpleOrXsdString(p)) return null;
                    string flags = "";
                    if (a.Length > 2) { if (a[2] is not ILiteralNode f || !Comparison.IsSimpleOrXsdString(f)) return null; flags = f.Value; }
                    var re = GetRegex(ctx, p.Value, flags);
                    return re == null ? null : ExpressionEvaluator.Bool(re.IsMatch(text.Value));
                }
            case "REPLACE":
                {
                    var text = StringLit(a[0]);
                    if (text == null || a[1] is not ILiteralNode p || !Comparison.IsSimpleOrXsdString(p) || a[2] is not ILiteralNode r || !Comparison.IsSimpleOrXsdString(r)) return null;
                    string flags = "";
                    if (a.Length > 3) { if (a[3] is not ILiteralNode f || !Comparison.IsSimpleOrXsdString(f)) return null; flags = f.Value; }
                    var re = GetRegex(ctx, p.Value, flags);
                    if (re == null || re.IsMatch("")) return null;
                    var replacement = ConvertReplacement(r.Value);
                    if (replacement == null) return null;
                    return Like(text, re.Replace(text.Value, replacement));
                }
            case "SUBSTR":
                {
                    var text = StringLit(a[0]);
                    if (text == null || !Numeric.TryParse(a[1], out var start)) return null;
                    var cps = CodePoints(text.Value);
                    double st = Math.Round(start.AsDouble, MidpointRounding.AwayFromZero);
                    double end;
                    if (a.Length > 2)
                    {
                        if (!Numeric.TryParse(a[2], out var len)) return null;
                        end = st + Math.Round(len.AsDouble, MidpointRounding.AwayFromZero);
                    }
                    else end = double.PositiveInfinity;
                    if (double.IsNaN(st) || double.IsNaN(end)) return Like(text, "");
                    var sb = new StringBuilder();
                    for (int i = 0; i < cps.Length; i++)
                    {
                        int pos = i + 1;
                        if (pos >= st && pos < end) sb.Append(cps[i]);
                    }
                    return Like(text, sb.ToString());
                }
        }
        if (op.StartsWith(Vocab.Xsd, StringComparison.Ordinal) && a.Length == 1) return Cast(op, a[0]);
        return null;
    }

    private static string[] CodePoints(string s)
    {
        var list = new List<string>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length) { list.Add(s.Substring(i, 2)); i++; }
            else list.Add(s[i].ToString());
        }
        return list.ToArray();
    }

    public static bool LangMatches(string tag, string range)
    {
        if (range == "*") return tag.Length > 0;
        if (tag.Equals(range, StringComparison.OrdinalIgnoreCase)) return true;
        return tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase);
    }

    // Compiled regexes shared by all queries of the process (a query run again, or an endpoint answering the same
    // query, does not compile its pattern again). Bounded: cleared when full.
    private static readonly Dictionary<(string, string), Regex?> SharedRegexes = new();
    private const int SharedRegexCapacity = 256;

    private static Regex? GetRegex(QueryContext ctx, string pattern, string flags)
    {
        lock (ctx.Regexes)
        {
            if (ctx.Regexes.TryGetValue((pattern, flags), out var cached)) return cached;
            lock (SharedRegexes)
            {
                if (!SharedRegexes.TryGetValue((pattern, flags), out cached))
                {
                    cached = CreateRegex(pattern, flags);
                    if (SharedRegexes.Count >= SharedRegexCapacity) SharedRegexes.Clear();
                    SharedRegexes[(pattern, flags)] = cached;
                }
            }
            ctx.Regexes[(pattern, flags)] = cached;
            return cached;
        }
    }

    private static Regex? CreateRegex(string pattern, string flags)
    {
        {
            Regex? re = null;
            try
            {
                var opts = RegexOptions.CultureInvariant;
                bool ok = true;
                var pat = pattern;
                foreach (char f in flags)
                {
                    switch (f)
                    {
                        case 'i': opts |= RegexOptions.IgnoreCase; break;
                        case 's': opts |= RegexOptions.Singleline; break;
                        case 'm': opts |= RegexOptions.Multiline; break;
                        case 'x': opts |= RegexOptions.IgnorePatternWhitespace; break;
                        case 'q': pat = Regex.Escape(pattern); break;
                        default: ok = false; break;
                    }
                }
                if (ok) re = new Regex(pat, opts | RegexOptions.Compiled);
            }
            catch (ArgumentException)
            {
                re = null;
            }
            return re;
        }
    }

    /// <summary>XPath replacement strings use $1 and \$ / \\; .NET uses $1 and $$.</summary>
    private static string? ConvertReplacement(string r)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < r.Length; i++)
        {
            char c = r[i];
            if (c == '\\')
            {
                if (i + 1 < r.Length && (r[i + 1] == '\\' || r[i + 1] == '$')) { sb.Append(r[i + 1] == '$' ? "$$" : "\\"); i++; }
                else return null;
            }
            else if (c == '$')
            {
                if (i + 1 < r.Length && char.IsAsciiDigit(r[i + 1])) { sb.Append("${").Append(r[i + 1]).Append('}'); i++; }
                else return null;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>XSD constructor functions (17.5).</summary>
    public static INode? Cast(string type, INode? v)
    {
        if (v == null || v is IBlankNode) return null;
        if (v is IUriNode u) return type == Vocab.XsdString ? new LiteralNode(u.Uri, Vocab.XsdString) : null;
        var l = (ILiteralNode)v;
        if (l.Language.Length > 0) return null;
        bool isString = l.DataType == Vocab.XsdString;
        bool isNum = Numeric.TryParse(l, out var num);
        if (!isString && !isNum && Numeric.IsNumericType(l.DataType)) return null;
        bool isBool = l.DataType == Vocab.XsdBoolean;
        string local = type[Vocab.Xsd.Length..];
        switch (local)
        {
            case "string":
                if (isNum) return new LiteralNode(XPathString(num), Vocab.XsdString);
                if (isBool && Comparison.TryBool(l, out var sb0)) return new LiteralNode(sb0 ? "true" : "false", Vocab.XsdString);
                return new LiteralNode(l.Value, Vocab.XsdString);
            case "boolean":
                if (isBool) return Comparison.TryBool(l, out var bb) ? ExpressionEvaluator.Bool(bb) : null;
                if (isNum) return ExpressionEvaluator.Bool(num.Kind >= NumericKind.Float ? !(num.Dbl == 0 || double.IsNaN(num.Dbl)) : num.Dec != 0);
                if (isString) return l.Value switch { "true" or "1" => ExpressionEvaluator.True, "false" or "0" => ExpressionEvaluator.False, _ => null };
                return null;
            case "integer":
            case "decimal":
                {
                    decimal d;
                    if (isNum)
                    {
                        if (num.Kind >= NumericKind.Float)
                        {
                            if (double.IsNaN(num.Dbl) || double.IsInfinity(num.Dbl) || Math.Abs(num.Dbl) > 7.9e28) return null;
                            d = (decimal)num.Dbl;
                        }
                        else d = num.Dec;
                    }
                    else if (isBool) { if (!Comparison.TryBool(l, out var b)) return null; d = b ? 1 : 0; }
                    else if (isString)
                    {
                        var s = l.Value;
                        if (local == "integer" ? !Numeric.IsIntegerLexical(s) : !Numeric.IsDecimalLexical(s)) return null;
                        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out d)) return null;
                    }
                    else return null;
                    return local == "integer" ? Numeric.FromInteger(decimal.Truncate(d)).ToNode() : Numeric.FromDecimal(d).ToNode();
                }
            case "float":
            case "double":
                {
                    double d;
                    var kind = local == "float" ? NumericKind.Float : NumericKind.Double;
                    if (isNum) d = num.AsDouble;
                    else if (isBool) { if (!Comparison.TryBool(l, out var b)) return null; d = b ? 1 : 0; }
                    else if (isString) { if (!Numeric.TryParseDouble(l.Value, out d)) return null; }
                    else return null;
                    if (kind == NumericKind.Float) d = (float)d;
                    return Numeric.FromDouble(d, kind).ToNode();
                }
            case "dateTime":
                if ((isString || l.DataType == Vocab.XsdDateTime) && DateTimeValue.TryParse(l.Value, out _)) return new LiteralNode(l.Value, Vocab.XsdDateTime);
                return null;
        }
        return null;
    }

    /// <summary>XPath's fn:string of a number: integral decimals without ".0", doubles in [1e-6, 1e6) in plain notation.</summary>
    private static string XPathString(Numeric n)
    {
        var inv = CultureInfo.InvariantCulture;
        if (n.Kind < NumericKind.Float) return n.Dec.ToString("0.############################", inv);
        double d = n.Dbl;
        if (double.IsNaN(d) || double.IsInfinity(d)) return Numeric.DoubleLexical(d);
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0" : "0";
        double a = Math.Abs(d);
        if (a >= 1e-6 && a < 1e6)
        {
            var r = n.Kind == NumericKind.Float ? ((float)d).ToString("R", inv) : d.ToString("R", inv);
            return decimal.Parse(r, NumberStyles.Float, inv).ToString("0.############################", inv);
        }
        return n.Kind == NumericKind.Float ? Numeric.FloatLexical((float)d) : Numeric.DoubleLexical(d);
    }
}
