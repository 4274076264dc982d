using System.Xml;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>SPARQL Query Results XML Format (<c>application/sparql-results+xml</c>).</summary>
public sealed class SparqlXmlResultsWriter : ISparqlResultsWriter
{
    /// <summary>The namespace of the format's elements.</summary>
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    /// <inheritdoc />
    public string ContentType => SparqlResultsWriters.XmlContentType;

    /// <inheritdoc />
    public void Save(SparqlResultSet results, TextWriter output)
    {
        if (results.ResultsType == SparqlResultsType.Graph)
            throw new NotSupportedException("a CONSTRUCT/DESCRIBE result is a graph: write it with an RDF writer");
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
            // The TextWriter's own encoding decides the bytes; the declaration says UTF-8 as the format requires.
            OmitXmlDeclaration = true,
            CheckCharacters = false,
        };
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var w = XmlWriter.Create(output, settings))
        {
            w.WriteStartElement("sparql", Namespace);
            w.WriteStartElement("head", Namespace);
            foreach (var v in results.Variables)
            {
                w.WriteStartElement("variable", Namespace);
                w.WriteAttributeString("name", v);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            if (results.ResultsType == SparqlResultsType.Boolean)
            {
                w.WriteElementString("boolean", Namespace, results.Result ? "true" : "false");
            }
            else
            {
                w.WriteStartElement("results", Namespace);
                foreach (var row in results.Results)
                {
                    w.WriteStartElement("result", Namespace);
                    foreach (var v in results.Variables)
                    {
                        var node = row[v];
                        if (node is null) continue;
                        w.WriteStartElement("binding", Namespace);
                        w.WriteAttributeString("name", v);
                        WriteTerm(w, node);
                        w.WriteEndElement();
                    }
                    w.WriteEndElement();
                    // Push each solution out so that a slow query streams instead of arriving all at the end.
                    w.Flush();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        output.Write('\n');
    }

    private static void WriteTerm(XmlWriter w, INode node)
    {
        switch (node)
        {
            case IUriNode u:
                w.WriteElementString("uri", Namespace, u.Uri);
                break;
            case IBlankNode b:
                w.WriteElementString("bnode", Namespace, b.InternalID);
                break;
            case ILiteralNode l:
                w.WriteStartElement("literal", Namespace);
                if (l.Language.Length > 0) w.WriteAttributeString("xml", "lang", null, l.Language);
                else if (l.DataType != Vocab.XsdString) w.WriteAttributeString("datatype", l.DataType);
                w.WriteString(l.Value);
                w.WriteEndElement();
                break;
            default:
                throw new ArgumentException("unknown term kind: " + node.GetType().Name);
        }
    }
}
