using System.Text;

namespace GraphBuilder.Rdf;

/// <summary>RFC 3986 reference resolution (section 5.2) on IRI strings, without .NET's Uri normalisation.</summary>
public static class IriResolver
{
    /// <summary>True when <paramref name="iri"/> starts with a scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"</c>).</summary>
    public static bool IsAbsolute(string iri) => SchemeLength(iri) > 0;

    /// <summary>Length of the scheme (without the colon), or 0 when there is none.</summary>
    public static int SchemeLength(string iri)
    {
        if (string.IsNullOrEmpty(iri) || !char.IsAsciiLetter(iri[0])) return 0;
        for (int i = 1; i < iri.Length; i++)
        {
            char c = iri[i];
            if (c == ':') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return 0;
        }
        return 0;
    }

    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>. An absolute reference is returned with its dot segments removed.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        var r = Split(reference);
        if (r.Scheme != null)
            return Recompose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        if (string.IsNullOrEmpty(baseIri))
            throw new RdfException($"relative IRI <{reference}> with no base IRI");
        var b = Split(baseIri);
        string? authority, path, query;
        if (r.Authority != null)
        {
            authority = r.Authority; path = RemoveDotSegments(r.Path); query = r.Query;
        }
        else
        {
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
            authority = b.Authority;
        }
        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static Parts Split(string iri)
    {
        string? scheme = null, authority = null, query = null, fragment = null;
        int i = 0;
        int sl = SchemeLength(iri);
        if (sl > 0) { scheme = iri[..sl]; i = sl + 1; }
        int hash = iri.IndexOf('#', i);
        string rest = hash >= 0 ? iri[i..hash] : iri[i..];
        if (hash >= 0) fragment = iri[(hash + 1)..];
        int q = rest.IndexOf('?');
        if (q >= 0) { query = rest[(q + 1)..]; rest = rest[..q]; }
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = rest.IndexOf('/', 2);
            authority = slash >= 0 ? rest[2..slash] : rest[2..];
            rest = slash >= 0 ? rest[slash..] : string.Empty;
        }
        return new Parts(scheme, authority, rest, query, fragment);
    }

    private static string Merge(Parts b, string refPath)
    {
        if (b.Authority != null && b.Path.Length == 0) return "/" + refPath;
        int last = b.Path.LastIndexOf('/');
        return last >= 0 ? b.Path[..(last + 1)] + refPath : refPath;
    }

    /// <summary>RFC 3986 5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0) return path;
        var input = path;
        var output = new List<string>();
        var sb = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal)) input = input[3..];
            else if (input.StartsWith("./", StringComparison.Ordinal)) input = input[2..];
            else if (input.StartsWith("/./", StringComparison.Ordinal)) input = input[2..];
            else if (input == "/.") input = "/";
            else if (input.StartsWith("/../", StringComparison.Ordinal)) { input = input[3..]; if (output.Count > 0) output.RemoveAt(output.Count - 1); }
            else if (input == "/..") { input = "/"; if (output.Count > 0) output.RemoveAt(output.Count - 1); }
            else if (input == "." || input == "..") input = string.Empty;
            else
            {
                int start = input[0] == '/' ? 1 : 0;
                int next = input.IndexOf('/', start);
                string seg = next >= 0 ? input[..next] : input;
                output.Add(seg);
                input = next >= 0 ? input[next..] : string.Empty;
            }
        }
        foreach (var s in output) sb.Append(s);
        return sb.ToString();
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme != null) sb.Append(scheme).Append(':');
        if (authority != null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query != null) sb.Append('?').Append(query);
        if (fragment != null) sb.Append('#').Append(fragment);
        return sb.ToString();
    }
}
