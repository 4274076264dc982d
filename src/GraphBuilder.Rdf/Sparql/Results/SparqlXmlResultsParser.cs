using System.Xml;

namespace GraphBuilder.Rdf.Sparql.Results;

/// <summary>Reads the SPARQL Query Results XML Format (.srx), streaming with an <see cref="XmlReader"/>.</summary>
public sealed class SparqlXmlResultsParser : ISparqlResultsParser
{
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    /// <inheritdoc />
    public SparqlResultSet Parse(TextReader input, string? sourceName = null)
    {
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreProcessingInstructions = true, DtdProcessing = DtdProcessing.Ignore };
        using var r = XmlReader.Create(input, settings);
        var info = (IXmlLineInfo)r;
        try
        {
            return Read(r);
        }
        catch (XmlException e)
        {
            throw new RdfParseException("bad XML: " + e.Message, e.LineNumber, e.LinePosition, sourceName);
        }
        catch (FormatException e)
        {
            throw new RdfParseException(e.Message, info.LineNumber, info.LinePosition, sourceName);
        }
    }

    private static SparqlResultSet Read(XmlReader r)
    {
        r.MoveToContent();
        if (r.LocalName != "sparql") throw new FormatException($"root element is <{r.LocalName}>, not <sparql>");
        var vars = new List<string>();
        var rows = new List<SparqlResult>();
        bool sawResults = false;
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element) continue;
            switch (r.LocalName)
            {
                case "variable":
                    vars.Add(r.GetAttribute("name") ?? throw new FormatException("<variable> without name"));
                    break;
                case "boolean":
                    var text = r.ReadElementContentAsString().Trim();
                    return text switch
                    {
                        "true" or "1" => SparqlResultSet.FromBoolean(true),
                        "false" or "0" => SparqlResultSet.FromBoolean(false),
                        _ => throw new FormatException($"<boolean> holds '{text}'"),
                    };
                case "results":
                    sawResults = true;
                    break;
                case "result":
                    rows.Add(ReadResult(r));
                    break;
            }
        }
        if (!sawResults) throw new FormatException("neither <results> nor <boolean> found");
        return SparqlResultSet.FromBindings(vars, rows);
    }

    private static SparqlResult ReadResult(XmlReader r)
    {
        var row = new List<KeyValuePair<string, INode>>();
        if (r.IsEmptyElement) return new SparqlResult(row);
        int depth = r.Depth;
        while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "binding") continue;
            var name = r.GetAttribute("name") ?? throw new FormatException("<binding> without name");
            var node = ReadBinding(r, name);
            if (node != null) row.Add(new(name, node));
        }
        return new SparqlResult(row);
    }

    private static INode? ReadBinding(XmlReader r, string name)
    {
        if (r.IsEmptyElement) throw new FormatException($"<binding name=\"{name}\"> is empty");
        int depth = r.Depth;
        INode? node = null;
        while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType != XmlNodeType.Element) continue;
            switch (r.LocalName)
            {
                case "uri":
                    node = new UriNode(r.ReadElementContentAsString().Trim());
                    break;
                case "bnode":
                    node = new BlankNode(r.ReadElementContentAsString().Trim());
                    break;
                case "literal":
                    var lang = r.GetAttribute("lang", XmlNs);
                    var dt = r.GetAttribute("datatype");
                    // Literal text is kept exactly: whitespace is significant.
                    var value = r.IsEmptyElement ? string.Empty : r.ReadElementContentAsString();
                    node = !string.IsNullOrEmpty(lang) ? new LiteralNode(value, null, lang) : new LiteralNode(value, dt);
                    break;
                case "unbound":
                    break;
                default:
                    throw new FormatException($"unexpected <{r.LocalName}> in <binding name=\"{name}\">");
            }
            // ReadElementContentAsString leaves the reader on the node after the element, which may be our end tag.
            if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth) break;
        }
        return node;
    }
}
