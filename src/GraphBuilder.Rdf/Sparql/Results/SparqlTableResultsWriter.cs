using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>
/// A readable aligned table for the terminal: IRIs shortened with the given prefixes, columns capped at
/// <see cref="MaxColumnWidth"/> characters (longer values end in '…'), and a row count at the end.
/// </summary>
/// <remarks>
/// Column widths come from the first <see cref="WidthSampleRows"/> solutions, which are held back; the rest stream
/// straight through with the same widths (longer values are cut), so a huge result never sits in memory.
/// </remarks>
public sealed class SparqlTableResultsWriter : ISparqlResultsWriter
{
    /// <summary>Creates the writer.</summary>
    /// <param name="namespaces">Prefixes used to shorten IRIs; null writes full IRIs.</param>
    /// <param name="maxColumnWidth">Widest a column may get (at least 5).</param>
    public SparqlTableResultsWriter(INamespaceMapper? namespaces = null, int maxColumnWidth = 60)
    {
        Namespaces = namespaces;
        MaxColumnWidth = Math.Max(5, maxColumnWidth);
    }

    /// <summary>How many solutions are looked at to size the columns.</summary>
    public const int WidthSampleRows = 500;

    /// <summary>Prefixes used to shorten IRIs, or null.</summary>
    public INamespaceMapper? Namespaces { get; set; }

    /// <summary>Widest a column may get.</summary>
    public int MaxColumnWidth { get; }

    /// <inheritdoc />
    public string ContentType => "text/plain";

    /// <inheritdoc />
    public void Save(SparqlResultSet results, TextWriter output)
    {
        switch (results.ResultsType)
        {
            case SparqlResultsType.Graph:
                throw new NotSupportedException("a CONSTRUCT/DESCRIBE result is a graph: write it with an RDF writer");
            case SparqlResultsType.Boolean:
                output.Write(results.Result ? "true\n" : "false\n");
                return;
        }
        var vars = results.Variables;
        var widths = new int[vars.Count];
        for (int i = 0; i < vars.Count; i++) widths[i] = Math.Min(MaxColumnWidth, vars[i].Length + 1);

        long count = 0;
        var sample = new List<string[]>();
        using var e = results.Results.GetEnumerator();
        bool more = true;
        while (sample.Count < WidthSampleRows && (more = e.MoveNext()))
        {
            var cells = Cells(e.Current, vars);
            for (int i = 0; i < cells.Length; i++) widths[i] = Math.Min(MaxColumnWidth, Math.Max(widths[i], cells[i].Length));
            sample.Add(cells);
        }

        var sb = new StringBuilder();
        AppendRule(sb, widths);
        AppendRow(sb, vars.Select(v => "?" + v).ToArray(), widths);
        AppendRule(sb, widths);
        output.Write(sb.ToString());
        foreach (var cells in sample)
        {
            sb.Clear();
            AppendRow(sb, cells, widths);
            output.Write(sb.ToString());
            count++;
        }
        while (more && e.MoveNext())
        {
            sb.Clear();
            AppendRow(sb, Cells(e.Current, vars), widths);
            output.Write(sb.ToString());
            count++;
        }
        sb.Clear();
        AppendRule(sb, widths);
        sb.Append(count == 1 ? "1 row\n" : count + " rows\n");
        output.Write(sb.ToString());
    }

    private string[] Cells(SparqlResult row, IReadOnlyList<string> vars)
    {
        var cells = new string[vars.Count];
        for (int i = 0; i < vars.Count; i++)
        {
            var node = row[vars[i]];
            cells[i] = node is null ? string.Empty : SparqlTermSyntax.ToReadable(node, Namespaces);
        }
        return cells;
    }

    private static void AppendRule(StringBuilder sb, int[] widths)
    {
        sb.Append('+');
        foreach (int w in widths) sb.Append('-', w + 2).Append('+');
        if (widths.Length == 0) sb.Append('+');
        sb.Append('\n');
    }

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        sb.Append('|');
        for (int i = 0; i < cells.Length; i++)
        {
            var c = cells[i];
            if (c.Length > widths[i]) c = c[..(widths[i] - 1)] + "…";
            sb.Append(' ').Append(c).Append(' ', widths[i] - c.Length).Append(" |");
        }
        if (cells.Length == 0) sb.Append('|');
        sb.Append('\n');
    }
}
