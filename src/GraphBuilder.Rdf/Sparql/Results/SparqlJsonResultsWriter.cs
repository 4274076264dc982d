using System.Globalization;
using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>SPARQL 1.1 Query Results JSON Format (<c>application/sparql-results+json</c>).</summary>
public sealed class SparqlJsonResultsWriter : ISparqlResultsWriter
{
    /// <inheritdoc />
    public string ContentType => SparqlResultsWriters.JsonContentType;

    /// <inheritdoc />
    public void Save(SparqlResultSet results, TextWriter output)
    {
        switch (results.ResultsType)
        {
            case SparqlResultsType.Boolean:
                output.Write("{\"head\":{},\"boolean\":");
                output.Write(results.Result ? "true" : "false");
                output.Write("}\n");
                return;
            case SparqlResultsType.Graph:
                throw new NotSupportedException("a CONSTRUCT/DESCRIBE result is a graph: write it with an RDF writer");
        }
        var sb = new StringBuilder();
        sb.Append("{\n  \"head\": { \"vars\": [");
        for (int i = 0; i < results.Variables.Count; i++)
        {
            sb.Append(i == 0 ? " " : ", ");
            AppendString(sb, results.Variables[i]);
        }
        sb.Append(results.Variables.Count > 0 ? " ] },\n" : "] },\n");
        sb.Append("  \"results\": { \"bindings\": [");
        output.Write(sb.ToString());
        bool first = true;
        foreach (var row in results.Results)
        {
            sb.Clear();
            sb.Append(first ? "\n    {" : ",\n    {");
            first = false;
            bool firstBinding = true;
            foreach (var v in results.Variables)
            {
                var node = row[v];
                if (node is null) continue;
                sb.Append(firstBinding ? " " : ", ");
                firstBinding = false;
                AppendString(sb, v);
                sb.Append(": ");
                AppendTerm(sb, node);
            }
            sb.Append(firstBinding ? "}" : " }");
            output.Write(sb.ToString());
        }
        output.Write(first ? "] }\n}\n" : "\n  ] }\n}\n");
    }

    private static void AppendTerm(StringBuilder sb, INode node)
    {
        switch (node)
        {
            case IUriNode u:
                sb.Append("{ \"type\": \"uri\", \"value\": "); AppendString(sb, u.Uri); sb.Append(" }");
                break;
            case IBlankNode b:
                sb.Append("{ \"type\": \"bnode\", \"value\": "); AppendString(sb, b.InternalID); sb.Append(" }");
                break;
            case ILiteralNode l:
                sb.Append("{ \"type\": \"literal\", \"value\": "); AppendString(sb, l.Value);
                if (l.Language.Length > 0) { sb.Append(", \"xml:lang\": "); AppendString(sb, l.Language); }
                else if (l.DataType != Vocab.XsdString) { sb.Append(", \"datatype\": "); AppendString(sb, l.DataType); }
                sb.Append(" }");
                break;
            default:
                throw new ArgumentException("unknown term kind: " + node.GetType().Name);
        }
    }

    /// <summary>Appends a JSON string literal (RFC 8259 escapes; non-ASCII stays as UTF-8).</summary>
    internal static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // U+2028/2029 are legal JSON but break JavaScript consumers that eval or embed the text.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
