using System.Text;

namespace GraphBuilder.Rdf.Sparql.Protocol;

/// <summary>
/// Turns an HTTP request into a query operation following SPARQL 1.1 Protocol section 2.1: query via GET,
/// via POST with a URL-encoded form, or via POST with an <c>application/sparql-query</c> body. Update
/// operations (section 2.2) are refused with 403: this endpoint is read-only.
/// </summary>
public static class SparqlRequestParser
{
    /// <summary>The message of the 403 answer to update requests.</summary>
    public const string ReadOnlyMessage = "this endpoint is read-only: SPARQL Update is not accepted";

    /// <summary>Parses <paramref name="request"/>.</summary>
    /// <exception cref="SparqlProtocolException">400 for a malformed request, 403 for an update, 405/415 for other methods and bodies.</exception>
    public static SparqlQueryOperation Parse(SparqlProtocolRequest request)
    {
        var query = ParseForm(request.QueryString);
        var mediaType = MediaType(request.ContentType);
        Dictionary<string, List<string>> form;
        string? bodyQuery = null;
        switch (request.Method.ToUpperInvariant())
        {
            case "GET":
            case "HEAD":
                form = new();
                break;
            case "POST":
                if (mediaType == "application/x-www-form-urlencoded") form = ParseForm(request.Body);
                else if (mediaType == "application/sparql-query") { form = new(); bodyQuery = request.Body; }
                else if (mediaType == "application/sparql-update") throw new SparqlProtocolException(403, ReadOnlyMessage);
                else throw new SparqlProtocolException(415, $"POST needs Content-Type application/x-www-form-urlencoded or application/sparql-query, not '{request.ContentType ?? "(none)"}'");
                break;
            default:
                throw new SparqlProtocolException(405, $"method {request.Method} is not allowed: use GET or POST");
        }
        if (query.ContainsKey("update") || form.ContainsKey("update") || query.ContainsKey("using-graph-uri") || form.ContainsKey("using-graph-uri"))
            throw new SparqlProtocolException(403, ReadOnlyMessage);

        var texts = Values(query, "query").Concat(Values(form, "query")).ToList();
        if (bodyQuery != null) texts.Add(bodyQuery);
        if (texts.Count == 0) throw new SparqlProtocolException(400, "no query: pass it as the 'query' parameter (GET or form POST) or as an application/sparql-query body");
        if (texts.Count > 1) throw new SparqlProtocolException(400, "more than one query in the request");
        var text = texts[0];
        if (SparqlUpdateSniffer.LooksLikeUpdate(text)) throw new SparqlProtocolException(403, ReadOnlyMessage);

        string? format = Values(query, "format").Concat(Values(form, "format")).Concat(Values(query, "output")).Concat(Values(form, "output")).FirstOrDefault();
        return new SparqlQueryOperation(
            text,
            Values(query, "default-graph-uri").Concat(Values(form, "default-graph-uri")).ToList(),
            Values(query, "named-graph-uri").Concat(Values(form, "named-graph-uri")).ToList(),
            string.IsNullOrWhiteSpace(format) ? null : format.Trim());
    }

    /// <summary>The media type of a Content-Type header without parameters, lower-cased; null when absent.</summary>
    public static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        int semi = contentType.IndexOf(';');
        return (semi >= 0 ? contentType[..semi] : contentType).Trim().ToLowerInvariant();
    }

    private static IEnumerable<string> Values(Dictionary<string, List<string>> d, string key) =>
        d.TryGetValue(key, out var v) ? v : Enumerable.Empty<string>();

    /// <summary>Parses <c>application/x-www-form-urlencoded</c> text (also a URL query string).</summary>
    public static Dictionary<string, List<string>> ParseForm(string text)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (text.StartsWith('?')) text = text[1..];
        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0) continue;
            int eq = pair.IndexOf('=');
            string key = Decode(eq >= 0 ? pair[..eq] : pair);
            string value = eq >= 0 ? Decode(pair[(eq + 1)..]) : string.Empty;
            if (!result.TryGetValue(key, out var list)) result[key] = list = new List<string>();
            list.Add(value);
        }
        return result;
    }

    /// <summary>Percent-decoding as UTF-8, with '+' as space; a malformed escape is a 400.</summary>
    private static string Decode(string s)
    {
        if (s.IndexOf('%') < 0 && s.IndexOf('+') < 0) return s;
        var bytes = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '+') bytes.Add((byte)' ');
            else if (c == '%')
            {
                if (i + 2 >= s.Length || !IsHex(s[i + 1]) || !IsHex(s[i + 2]))
                    throw new SparqlProtocolException(400, "malformed percent-encoding in the request parameters");
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
