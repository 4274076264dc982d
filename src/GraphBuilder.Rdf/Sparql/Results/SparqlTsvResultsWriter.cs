using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results TSV Format (<c>text/tab-separated-values</c>): a header of <c>?var</c> names, then one
/// line per solution with every term in Turtle syntax (escapes keep tabs and line breaks out of the cells);
/// an unbound variable is an empty cell.
/// </summary>
public sealed class SparqlTsvResultsWriter : ISparqlResultsWriter
{
    /// <inheritdoc />
    public string ContentType => SparqlResultsWriters.TsvContentType;

    /// <inheritdoc />
    public void Save(SparqlResultSet results, TextWriter output)
    {
        switch (results.ResultsType)
        {
            case SparqlResultsType.Graph:
                throw new NotSupportedException("a CONSTRUCT/DESCRIBE result is a graph: write it with an RDF writer");
            case SparqlResultsType.Boolean:
                output.Write("?boolean\n" + (results.Result ? "true" : "false") + "\n");
                return;
        }
        var sb = new StringBuilder();
        for (int i = 0; i < results.Variables.Count; i++)
        {
            if (i > 0) sb.Append('\t');
            sb.Append('?').Append(results.Variables[i]);
        }
        sb.Append('\n');
        output.Write(sb.ToString());
        foreach (var row in results.Results)
        {
            sb.Clear();
            for (int i = 0; i < results.Variables.Count; i++)
            {
                if (i > 0) sb.Append('\t');
                var node = row[results.Variables[i]];
                if (node != null) sb.Append(SparqlTermSyntax.ToTurtle(node));
            }
            sb.Append('\n');
            output.Write(sb.ToString());
        }
    }
}
