namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>Reads the SPARQL 1.1 Query Results TSV Format (header of <c>?var</c>, then tab-separated Turtle terms).</summary>
public sealed class SparqlTsvResultsParser : ISparqlResultsParser
{
    /// <inheritdoc />
    public SparqlResultSet Parse(TextReader input, string? sourceName = null)
    {
        string? header = input.ReadLine();
        if (header is null) throw new RdfParseException("empty TSV results: no header line", 1, 1, sourceName);
        var vars = new List<string>();
        if (header.Length > 0)
        {
            int col = 1;
            foreach (var cell in header.TrimEnd('\r').Split('\t'))
            {
                if (cell.Length < 2 || (cell[0] != '?' && cell[0] != '$'))
                    throw new RdfParseException($"header cell '{cell}' is not a variable (?name)", 1, col, sourceName);
                vars.Add(cell[1..]);
                col += cell.Length + 1;
            }
        }
        var rows = new List<SparqlResult>();
        long lineNo = 1;
        string? line;
        while ((line = input.ReadLine()) != null)
        {
            lineNo++;
            line = line.TrimEnd('\r');
            if (line.Length == 0 && vars.Count != 1)
            {
                // A solution without bindings is an empty line when there are no variables; otherwise a stray blank line.
                if (vars.Count == 0) rows.Add(new SparqlResult([]));
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != vars.Count)
                throw new RdfParseException($"{cells.Length} cells but {vars.Count} variables", lineNo, 1, sourceName);
            var bindings = new List<KeyValuePair<string, INode>>();
            int col = 1;
            for (int i = 0; i < cells.Length; i++)
            {
                var cell = cells[i].Trim(' ');
                if (cell.Length > 0)
                {
                    try { bindings.Add(new(vars[i], SparqlTermParser.Parse(cell))); }
                    catch (FormatException e) { throw new RdfParseException(e.Message, lineNo, col, sourceName); }
                }
                col += cells[i].Length + 1;
            }
            rows.Add(new SparqlResult(bindings));
        }
        return SparqlResultSet.FromBindings(vars, rows);
    }
}
