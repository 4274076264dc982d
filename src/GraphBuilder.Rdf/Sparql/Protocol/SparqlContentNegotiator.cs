using System.Globalization;

namespace GraphBuilder.Rdf.Sparql.Protocol;

/// <summary>A response syntax chosen by negotiation: a short name (json, xml, csv, tsv, turtle, ntriples, jsonld) and its media type.</summary>
public sealed record NegotiatedFormat(string Name, string ContentType);

/// <summary>
/// Chooses the response syntax from the Accept header (RFC 9110 media ranges with q-values) or an explicit
/// <c>format</c> parameter: JSON by default for SELECT/ASK, Turtle by default for CONSTRUCT/DESCRIBE.
/// </summary>
public static class SparqlContentNegotiator
{
    /// <summary>Formats for SELECT/ASK results, in the server's order of preference.</summary>
    public static readonly IReadOnlyList<(string MediaType, NegotiatedFormat Format)> ResultFormats =
    [
        ("application/sparql-results+json", new("json", "application/sparql-results+json")),
        ("application/json", new("json", "application/sparql-results+json")),
        ("application/sparql-results+xml", new("xml", "application/sparql-results+xml")),
        ("application/xml", new("xml", "application/sparql-results+xml")),
        ("text/xml", new("xml", "application/sparql-results+xml")),
        ("text/csv", new("csv", "text/csv")),
        ("text/tab-separated-values", new("tsv", "text/tab-separated-values")),
    ];

    /// <summary>Formats for CONSTRUCT/DESCRIBE graphs, in the server's order of preference.</summary>
    public static readonly IReadOnlyList<(string MediaType, NegotiatedFormat Format)> GraphFormats =
    [
        ("text/turtle", new("turtle", "text/turtle")),
        ("application/x-turtle", new("turtle", "text/turtle")),
        ("application/n-triples", new("ntriples", "application/n-triples")),
        ("text/plain", new("ntriples", "application/n-triples")),
        ("application/ld+json", new("jsonld", "application/ld+json")),
    ];

    /// <summary>The format for a result: <paramref name="isGraph"/> selects the graph formats.</summary>
    /// <exception cref="SparqlProtocolException">406 when nothing acceptable is offered, 400 for an unknown format parameter.</exception>
    public static NegotiatedFormat Choose(string? accept, string? formatParameter, bool isGraph)
    {
        var offered = isGraph ? GraphFormats : ResultFormats;
        if (!string.IsNullOrWhiteSpace(formatParameter))
        {
            var p = formatParameter.Trim().ToLowerInvariant();
            foreach (var (mt, f) in offered)
                if (p == f.Name || p == mt) return f;
            if (p is "ttl") return offered[0].Format;
            if (p is "nt" or "n-triples") return offered.First(o => o.Format.Name == "ntriples").Format;
            throw new SparqlProtocolException(400, $"unknown format '{formatParameter}' for a {(isGraph ? "graph" : "results")} answer (expected one of: {string.Join(", ", offered.Select(o => o.Format.Name).Distinct())})");
        }
        if (string.IsNullOrWhiteSpace(accept)) return offered[0].Format;
        var ranges = ParseAccept(accept);
        NegotiatedFormat? best = null;
        double bestQ = 0;
        foreach (var (mt, f) in offered)
        {
            double q = QualityOf(mt, ranges);
            if (q > bestQ) { bestQ = q; best = f; }
        }
        return best ?? throw new SparqlProtocolException(406, $"none of the accepted types ({accept}) is available; this endpoint offers {string.Join(", ", offered.Select(o => o.MediaType))}");
    }

    /// <summary>The q-value the most specific matching range gives <paramref name="mediaType"/> (0 when none matches).</summary>
    private static double QualityOf(string mediaType, List<(string Type, string Sub, double Q)> ranges)
    {
        int slash = mediaType.IndexOf('/');
        string type = mediaType[..slash], sub = mediaType[(slash + 1)..];
        int bestSpecificity = -1;
        double q = 0;
        foreach (var r in ranges)
        {
            int specificity;
            if (r.Type == type && r.Sub == sub) specificity = 2;
            else if (r.Type == type && r.Sub == "*") specificity = 1;
            else if (r.Type == "*" && r.Sub == "*") specificity = 0;
            else continue;
            if (specificity > bestSpecificity) { bestSpecificity = specificity; q = r.Q; }
        }
        return q;
    }

    private static List<(string Type, string Sub, double Q)> ParseAccept(string accept)
    {
        var list = new List<(string, string, double)>();
        foreach (var part in accept.Split(','))
        {
            var pieces = part.Split(';');
            var range = pieces[0].Trim().ToLowerInvariant();
            int slash = range.IndexOf('/');
            if (slash <= 0 || slash == range.Length - 1) continue;
            double q = 1;
            foreach (var param in pieces.Skip(1))
            {
                var kv = param.Split('=', 2);
                if (kv.Length == 2 && kv[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(kv[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    q = Math.Clamp(v, 0, 1);
            }
            list.Add((range[..slash], range[(slash + 1)..], q));
        }
        return list;
    }
}
