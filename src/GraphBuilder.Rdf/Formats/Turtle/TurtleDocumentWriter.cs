namespace GraphBuilder.Rdf.Formats;

/// <summary>
/// Writes a whole Turtle or TriG document: the body first into a buffer (to learn which prefixes it used), then
/// the sorted <c>@prefix</c> lines and the body. Shared by <see cref="TurtleWriter"/> and <see cref="TriGWriter"/>.
/// </summary>
internal static class TurtleDocumentWriter
{
    public static void Write(WriterDataset data, IEnumerable<INamespaceMapper> maps, TextWriter output, bool trig)
    {
        var prefixes = new WriterPrefixTable(maps, (p, _) => TurtleNameWriter.IsValidPrefix(p));
        var terms = new TurtleTermWriter(prefixes, new BlankLabeller());
        var usage = new BlankNodeUsage(data);
        var body = new StringWriter { NewLine = "\n" };
        bool first = true;
        foreach (var g in data.Graphs)
        {
            bool named = trig && g.Name != null;
            if (!named && g.Triples.Length == 0) continue;
            if (!first) body.Write('\n');
            first = false;
            if (named)
            {
                body.Write("GRAPH ");
                terms.WriteTerm(body, g.Name!);
                if (g.Triples.Length == 0)
                {
                    body.Write(" { }\n");
                    continue;
                }
                body.Write(" {\n");
                new TurtleGraphWriter(body, terms, usage).Write(g, 4);
                body.Write("}\n");
            }
            else new TurtleGraphWriter(body, terms, usage).Write(g, 0);
        }

        bool any = false;
        foreach (var (p, ns) in prefixes.Used)
        {
            output.Write("@prefix ");
            output.Write(p);
            output.Write(": ");
            NTriplesTermWriter.WriteIri(output, ns);
            output.Write(" .\n");
            any = true;
        }
        if (any && !first) output.Write('\n');
        output.Write(body.GetStringBuilder());
        output.Flush();
    }
}
