using System.Xml;
using System.Xml.Linq;

namespace GraphBuilder.Rdf.Formats.RdfXml;

/// <summary>
/// A small RDF/XML reader (RDF 1.1 XML Syntax): node and property elements, rdf:about/ID/nodeID/resource, typed
/// nodes, property attributes, xml:base, xml:lang, rdf:datatype, rdf:parseType Resource/Literal/Collection, rdf:li.
/// Reads the document as a tree (RDF/XML files here are small).
/// </summary>
public sealed class RdfXmlParser : IRdfReader
{
    private const string Rdf = Vocab.Rdf;
    private static readonly XNamespace RdfNs = Rdf;
    private static readonly XNamespace XmlNs = XNamespace.Xml;
    private IRdfHandler _handler = null!;
    private readonly Dictionary<string, BlankNode> _blanks = new(StringComparer.Ordinal);
    private long _counter;
    private readonly string _docId = Guid.NewGuid().ToString("N")[..8];

    /// <inheritdoc />
    public void Load(IRdfHandler handler, TextReader input, string? baseUri = null, string? sourceName = null)
    {
        _handler = handler;
        handler.StartRdf();
        bool ok = false;
        try
        {
            XDocument doc;
            try { doc = XDocument.Load(input, LoadOptions.SetLineInfo); }
            catch (XmlException e) { throw new RdfParseException(e.Message, e.LineNumber, e.LinePosition, sourceName); }
            var root = doc.Root ?? throw new RdfParseException("empty document", 1, 1, sourceName);
            CheckDepth(root, sourceName);
            var b = Base(root, baseUri);
            if (root.Name == RdfNs + "RDF")
                foreach (var e in root.Elements()) NodeElement(e, b, Lang(root, ""));
            else NodeElement(root, b, "");
            ok = true;
        }
        finally
        {
            handler.EndRdf(ok);
        }
    }

    /// <summary>Deepest element nesting read: the walk below recurses per element, and a stack overflow cannot be caught.</summary>
    private const int MaxDepth = 1000;

    /// <summary>Refuses documents nested deeper than <see cref="MaxDepth"/>, naming the first element too deep (an iterative walk).</summary>
    private static void CheckDepth(XElement root, string? sourceName)
    {
        var pending = new Stack<(XElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (e, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                var at = (IXmlLineInfo)e;
                throw new RdfParseException($"nesting deeper than {MaxDepth} elements", at.LineNumber, at.LinePosition, sourceName);
            }
            foreach (var child in e.Elements()) pending.Push((child, depth + 1));
        }
    }

    private static string? Base(XElement e, string? inherited)
    {
        var b = e.Attribute(XmlNs + "base");
        if (b == null) return inherited;
        var v = b.Value;
        int hash = v.IndexOf('#');
        if (hash >= 0) v = v[..hash];
        return inherited != null ? IriResolver.Resolve(inherited, v) : v;
    }

    private static string Lang(XElement e, string inherited) => e.Attribute(XmlNs + "lang")?.Value ?? inherited;

    private static string Resolve(string? b, string iri) => b != null ? IriResolver.Resolve(b, iri) : iri;

    private BlankNode Blank(string? id)
    {
        if (id == null) return new BlankNode($"x{_docId}n{++_counter}");
        if (!_blanks.TryGetValue(id, out var n)) _blanks[id] = n = new BlankNode($"x{_docId}_{id}");
        return n;
    }

    private void Emit(INode s, string p, INode o) => _handler.HandleQuad(new Quad(s, new UriNode(p), o, null));

    private static bool IsSyntaxAttribute(XAttribute a) =>
        a.IsNamespaceDeclaration || a.Name.Namespace == XmlNs || a.Name.NamespaceName.Length == 0
        || (a.Name.Namespace == RdfNs && a.Name.LocalName is "about" or "ID" or "nodeID" or "resource" or "datatype" or "parseType" or "aboutEach" or "bagID");

    private INode NodeElement(XElement e, string? b, string lang)
    {
        b = Base(e, b);
        lang = Lang(e, lang);
        INode subject;
        if (e.Attribute(RdfNs + "about") is { } about) subject = new UriNode(Resolve(b, about.Value));
        else if (e.Attribute(RdfNs + "ID") is { } id) subject = new UriNode(Resolve(b, "#" + id.Value));
        else if (e.Attribute(RdfNs + "nodeID") is { } nid) subject = Blank(nid.Value);
        else subject = Blank(null);
        if (e.Name != RdfNs + "Description") Emit(subject, e.Name.NamespaceName + e.Name.LocalName, new UriNode(Vocab.RdfType));
        foreach (var a in e.Attributes())
        {
            if (IsSyntaxAttribute(a)) continue;
            var p = a.Name.NamespaceName + a.Name.LocalName;
            if (p == Vocab.RdfType) Emit(subject, p, new UriNode(Resolve(b, a.Value)));
            else Emit(subject, p, Literal(a.Value, lang, null));
        }
        int li = 0;
        foreach (var pe in e.Elements()) PropertyElement(subject, pe, b, lang, ref li);
        return subject;
    }

    private static INode Literal(string value, string lang, string? datatype) =>
        datatype != null ? new LiteralNode(value, datatype) : lang.Length > 0 ? new LiteralNode(value, null, lang) : new LiteralNode(value);

    private void PropertyElement(INode subject, XElement e, string? b, string lang, ref int li)
    {
        b = Base(e, b);
        lang = Lang(e, lang);
        var p = e.Name.NamespaceName + e.Name.LocalName;
        if (p == Rdf + "li") p = Rdf + "_" + (++li);
        var parseType = e.Attribute(RdfNs + "parseType")?.Value;
        INode obj;
        if (parseType == "Resource")
        {
            var node = Blank(null);
            int inner = 0;
            foreach (var c in e.Elements()) PropertyElement(node, c, b, lang, ref inner);
            obj = node;
        }
        else if (parseType == "Literal")
        {
            var xml = string.Concat(e.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            obj = new LiteralNode(xml, Rdf + "XMLLiteral");
        }
        else if (parseType == "Collection")
        {
            var items = e.Elements().Select(c => NodeElement(c, b, lang)).ToList();
            INode head = new UriNode(Vocab.RdfNil);
            for (int i = items.Count - 1; i >= 0; i--)
            {
                var cell = Blank(null);
                Emit(cell, Vocab.RdfFirst, items[i]);
                Emit(cell, Vocab.RdfRest, head);
                head = cell;
            }
            obj = head;
        }
        else if (e.HasElements)
        {
            obj = NodeElement(e.Elements().First(), b, lang);
        }
        else if (e.Attribute(RdfNs + "resource") is { } res)
        {
            obj = new UriNode(Resolve(b, res.Value));
            PropertyAttributes(obj, e, b, lang);
        }
        else if (e.Attribute(RdfNs + "nodeID") is { } nid)
        {
            obj = Blank(nid.Value);
            PropertyAttributes(obj, e, b, lang);
        }
        else if (e.Attributes().Any(a => !IsSyntaxAttribute(a)))
        {
            obj = Blank(null);
            PropertyAttributes(obj, e, b, lang);
        }
        else
        {
            var dt = e.Attribute(RdfNs + "datatype")?.Value;
            obj = Literal(e.Value, dt == null ? lang : "", dt == null ? null : Resolve(b, dt));
        }
        Emit(subject, p, obj);
        if (e.Attribute(RdfNs + "ID") is { } rid)
        {
            // Reification of the statement.
            var st = new UriNode(Resolve(b, "#" + rid.Value));
            Emit(st, Vocab.RdfType, new UriNode(Rdf + "Statement"));
            Emit(st, Rdf + "subject", subject);
            Emit(st, Rdf + "predicate", new UriNode(p));
            Emit(st, Rdf + "object", obj);
        }
    }

    private void PropertyAttributes(INode node, XElement e, string? b, string lang)
    {
        foreach (var a in e.Attributes())
        {
            if (IsSyntaxAttribute(a)) continue;
            var p = a.Name.NamespaceName + a.Name.LocalName;
            if (p == Vocab.RdfType) Emit(node, p, new UriNode(Resolve(b, a.Value)));
            else Emit(node, p, Literal(a.Value, lang, null));
        }
    }
}
