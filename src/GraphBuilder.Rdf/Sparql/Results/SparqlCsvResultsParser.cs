using System.Text;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>
/// Reads the SPARQL 1.1 Query Results CSV Format (RFC 4180 quoting; CRLF or LF line ends). CSV drops term kinds,
/// datatypes and languages, so values come back as simple literals, except <c>_:label</c> as a blank node and an
/// empty field as unbound. To check a result against an expected CSV file, write it with
/// <see cref="SparqlCsvResultsWriter"/>, read both with this parser, and compare those.
/// </summary>
public sealed class SparqlCsvResultsParser : ISparqlResultsParser
{
    /// <inheritdoc />
    public SparqlResultSet Parse(TextReader input, string? sourceName = null)
    {
        var records = ReadRecords(input, sourceName);
        if (records.Count == 0) throw new RdfParseException("empty CSV results: no header line", 1, 1, sourceName);
        var vars = records[0].Fields.Count == 1 && records[0].Fields[0].Length == 0 ? new List<string>() : records[0].Fields;
        var rows = new List<SparqlResult>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (vars.Count == 0) { rows.Add(new SparqlResult([])); continue; }
            if (fields.Count != vars.Count)
                throw new RdfParseException($"{fields.Count} fields but {vars.Count} variables", line, 1, sourceName);
            var bindings = new List<KeyValuePair<string, INode>>();
            for (int i = 0; i < fields.Count; i++)
            {
                var f = fields[i];
                if (f.Length == 0) continue;
                INode node = f.StartsWith("_:", StringComparison.Ordinal) && f.Length > 2 ? new BlankNode(f[2..]) : new LiteralNode(f);
                bindings.Add(new(vars[i], node));
            }
            rows.Add(new SparqlResult(bindings));
        }
        return SparqlResultSet.FromBindings(vars, rows);
    }

    private static List<(long Line, List<string> Fields)> ReadRecords(TextReader input, string? sourceName)
    {
        var records = new List<(long, List<string>)>();
        var field = new StringBuilder();
        var fields = new List<string>();
        long line = 1, recordLine = 1;
        bool quoted = false, any = false;
        int c;
        while ((c = input.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (input.Peek() == '"') { input.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    if (field.Length > 0) throw new RdfParseException("a quote inside an unquoted field", line, 1, sourceName);
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString()); field.Clear(); any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add((recordLine, fields));
                    fields = new List<string>();
                    any = false;
                    recordLine = ++line;
                    break;
                default:
                    field.Append(ch); any = true;
                    break;
            }
        }
        if (quoted) throw new RdfParseException("unterminated quoted field", line, 1, sourceName);
        if (any || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }
        return records;
    }
}
