using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results CSV Format (<c>text/csv</c>): a header of variable names without '?', then plain values
/// (IRIs and lexical forms without markup, blank nodes as <c>_:label</c>), quoted when they contain a comma, a quote
/// or a line break; lines end in CRLF (RFC 4180). Lossy by design: datatypes and languages are dropped.
/// </summary>
public sealed class SparqlCsvResultsWriter : ISparqlResultsWriter
{
    /// <inheritdoc />
    public string ContentType => SparqlResultsWriters.CsvContentType;

    /// <inheritdoc />
    public void Save(SparqlResultSet results, TextWriter output)
    {
        switch (results.ResultsType)
        {
            case SparqlResultsType.Graph:
                throw new NotSupportedException("a CONSTRUCT/DESCRIBE result is a graph: write it with an RDF writer");
            case SparqlResultsType.Boolean:
                // The CSV format defines no boolean form; a one-cell table is what spreadsheet users expect.
                output.Write("boolean\r\n" + (results.Result ? "true" : "false") + "\r\n");
                return;
        }
        var sb = new StringBuilder();
        for (int i = 0; i < results.Variables.Count; i++)
        {
            if (i > 0) sb.Append(',');
            AppendField(sb, results.Variables[i]);
        }
        sb.Append("\r\n");
        output.Write(sb.ToString());
        foreach (var row in results.Results)
        {
            sb.Clear();
            for (int i = 0; i < results.Variables.Count; i++)
            {
                if (i > 0) sb.Append(',');
                var node = row[results.Variables[i]];
                if (node is null) continue;
                AppendField(sb, node switch
                {
                    IUriNode u => u.Uri,
                    IBlankNode b => "_:" + SparqlTermSyntax.SafeBlankLabel(b.InternalID),
                    ILiteralNode l => l.Value,
                    _ => node.ToString() ?? string.Empty,
                });
            }
            sb.Append("\r\n");
            output.Write(sb.ToString());
        }
    }

    private static void AppendField(StringBuilder sb, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(value);
            return;
        }
        sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
