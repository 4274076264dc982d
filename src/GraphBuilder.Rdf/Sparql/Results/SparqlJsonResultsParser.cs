using System.Text.Json;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>Reads the SPARQL 1.1 Query Results JSON Format (also the older <c>typed-literal</c> term type).</summary>
public sealed class SparqlJsonResultsParser : ISparqlResultsParser
{
    /// <inheritdoc />
    public SparqlResultSet Parse(TextReader input, string? sourceName = null)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(input.ReadToEnd(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new RdfParseException("bad JSON: " + e.Message, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, sourceName);
        }
        using (doc)
        {
            try
            {
                return Read(doc.RootElement);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new RdfParseException(e.Message, 1, 1, sourceName);
            }
        }
    }

    private static SparqlResultSet Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the results document must be a JSON object");
        if (root.TryGetProperty("boolean", out var b))
        {
            if (b.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw new FormatException("\"boolean\" must be true or false");
            return SparqlResultSet.FromBoolean(b.GetBoolean());
        }
        var vars = new List<string>();
        if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vs))
            foreach (var v in vs.EnumerateArray()) vars.Add(v.GetString() ?? throw new FormatException("a variable name must be a string"));
        if (!root.TryGetProperty("results", out var results) || !results.TryGetProperty("bindings", out var bindings))
            throw new FormatException("neither \"boolean\" nor \"results\": { \"bindings\": [...] } found");
        var rows = new List<SparqlResult>();
        foreach (var solution in bindings.EnumerateArray())
        {
            var row = new List<KeyValuePair<string, INode>>();
            foreach (var p in solution.EnumerateObject()) row.Add(new(p.Name, ReadTerm(p.Name, p.Value)));
            rows.Add(new SparqlResult(row));
        }
        return SparqlResultSet.FromBindings(vars, rows);
    }

    private static INode ReadTerm(string variable, JsonElement t)
    {
        string type = Str(t, "type") ?? throw new FormatException($"binding of ?{variable} has no \"type\"");
        string value = Str(t, "value") ?? throw new FormatException($"binding of ?{variable} has no \"value\"");
        switch (type)
        {
            case "uri":
                return new UriNode(value);
            case "bnode":
                return new BlankNode(value);
            case "literal":
            case "typed-literal":
                var lang = Str(t, "xml:lang");
                if (!string.IsNullOrEmpty(lang)) return new LiteralNode(value, null, lang);
                return new LiteralNode(value, Str(t, "datatype"));
            default:
                throw new FormatException($"binding of ?{variable} has unknown type \"{type}\"");
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
