using GraphBuilder.Rdf.Formats.Parsing;

namespace GraphBuilder.Rdf.Formats.Turtle;

/// <summary>
/// Recursive-descent parser of the RDF 1.1 Turtle grammar and, with <c>trig</c> set, of TriG (graph blocks,
/// <c>GRAPH</c>, default-graph blocks). Statements go to the handler as soon as they are complete.
/// </summary>
internal sealed class TurtleParserCore
{
    private static readonly UriNode RdfType = new(Vocab.RdfType);
    private static readonly UriNode RdfFirst = new(Vocab.RdfFirst);
    private static readonly UriNode RdfRest = new(Vocab.RdfRest);
    private static readonly UriNode RdfNil = new(Vocab.RdfNil);

    private readonly bool _trig;
    private readonly TurtleTokenizer _tok;
    private readonly IRdfHandler _handler;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly BlankNodeScope _blanks = new();
    private readonly IriCache _iris = new();
    private string? _base;
    private INode? _graph;
    private int _depth;

    /// <summary>Deepest nesting of [ ] and ( ) accepted: deeper input would overflow the stack, which cannot be caught.</summary>
    private const int MaxDepth = 2000;
    private Token _cur;
    private bool _stopped;

    public TurtleParserCore(IRdfHandler handler, TextReader input, string? baseUri, string? source, bool trig)
    {
        _handler = handler;
        _tok = new TurtleTokenizer(input, source);
        _base = string.IsNullOrEmpty(baseUri) ? null : baseUri;
        _trig = trig;
    }

    /// <summary>Parses the whole document.</summary>
    public void Run()
    {
        Advance();
        while (_cur.Kind != TokenKind.Eof && !_stopped) Statement();
    }

    private void Advance() => _cur = _tok.Next();

    private RdfParseException Error(string message) => _tok.Error(message, _cur.Line, _cur.Column);

    private RdfParseException Unexpected(string expected) => Error($"expected {expected}, found {_cur.Describe()}");

    private Token Expect(TokenKind kind, string what)
    {
        if (_cur.Kind != kind) throw Unexpected(what);
        var t = _cur;
        Advance();
        return t;
    }

    private void Statement()
    {
        switch (_cur.Kind)
        {
            case TokenKind.AtPrefix:
                Advance();
                PrefixBody();
                Expect(TokenKind.Dot, "'.' after @prefix");
                return;
            case TokenKind.AtBase:
                Advance();
                BaseBody();
                Expect(TokenKind.Dot, "'.' after @base");
                return;
            case TokenKind.SparqlPrefix:
                Advance();
                PrefixBody();
                return;
            case TokenKind.SparqlBase:
                Advance();
                BaseBody();
                return;
        }
        if (_trig) TrigBlock();
        else
        {
            Triples();
            Expect(TokenKind.Dot, "'.' at the end of the statement");
        }
    }

    private void PrefixBody()
    {
        var p = Expect(TokenKind.PNameNs, "a prefix name ending in ':'");
        var iriTok = _cur;
        var ns = ResolveIri(Expect(TokenKind.IriRef, "the namespace IRI").Text, iriTok);
        _prefixes[p.Text] = ns;
        if (!_handler.HandleNamespace(p.Text, ns)) _stopped = true;
    }

    private void BaseBody()
    {
        var iriTok = _cur;
        _base = ResolveIri(Expect(TokenKind.IriRef, "the base IRI").Text, iriTok);
        if (!_handler.HandleBaseUri(_base)) _stopped = true;
    }

    private void TrigBlock()
    {
        switch (_cur.Kind)
        {
            case TokenKind.OpenBrace:
                WrappedGraph(null);
                return;
            case TokenKind.Graph:
                Advance();
                var name = GraphLabel();
                if (_cur.Kind != TokenKind.OpenBrace) throw Unexpected("'{' after the graph name");
                WrappedGraph(name);
                return;
            case TokenKind.OpenBracket:
            {
                Advance();
                var node = _blanks.Fresh();
                if (_cur.Kind == TokenKind.CloseBracket)
                {
                    Advance();
                    if (_cur.Kind == TokenKind.OpenBrace) { WrappedGraph(node); return; }
                    PredicateObjectList(node);
                }
                else
                {
                    PredicateObjectList(node);
                    Expect(TokenKind.CloseBracket, "']'");
                    if (_cur.Kind != TokenKind.Dot) PredicateObjectList(node);
                }
                Expect(TokenKind.Dot, "'.' at the end of the statement");
                return;
            }
            case TokenKind.OpenParen:
            {
                var node = Collection();
                PredicateObjectList(node);
                Expect(TokenKind.Dot, "'.' at the end of the statement");
                return;
            }
            case TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs or TokenKind.BlankNodeLabel:
            {
                INode subject = _cur.Kind == TokenKind.BlankNodeLabel ? Blank() : Iri();
                if (_cur.Kind == TokenKind.OpenBrace) { WrappedGraph(subject); return; }
                PredicateObjectList(subject);
                Expect(TokenKind.Dot, "'.' at the end of the statement");
                return;
            }
            default:
                throw Unexpected("a statement, a directive or a graph block");
        }
    }

    private INode GraphLabel()
    {
        switch (_cur.Kind)
        {
            case TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs: return Iri();
            case TokenKind.BlankNodeLabel: return Blank();
            case TokenKind.OpenBracket:
                Advance();
                Expect(TokenKind.CloseBracket, "']' (a graph name may be [] but not a property list)");
                return _blanks.Fresh();
            default: throw Unexpected("a graph name (IRI or blank node)");
        }
    }

    private void WrappedGraph(INode? name)
    {
        Expect(TokenKind.OpenBrace, "'{'");
        _graph = name;
        while (_cur.Kind != TokenKind.CloseBrace && !_stopped)
        {
            Triples();
            if (_cur.Kind == TokenKind.Dot) Advance();
            else break;
        }
        Expect(TokenKind.CloseBrace, "'}' or '.'");
        _graph = null;
    }

    /// <summary>triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?</summary>
    private void Triples()
    {
        switch (_cur.Kind)
        {
            case TokenKind.OpenBracket:
            {
                Advance();
                var node = _blanks.Fresh();
                if (_cur.Kind == TokenKind.CloseBracket)
                {
                    Advance();
                    PredicateObjectList(node);
                    return;
                }
                PredicateObjectList(node);
                Expect(TokenKind.CloseBracket, "']'");
                if (IsVerbStart(_cur.Kind)) PredicateObjectList(node);
                return;
            }
            case TokenKind.OpenParen:
                PredicateObjectList(Collection());
                return;
            case TokenKind.BlankNodeLabel:
                PredicateObjectList(Blank());
                return;
            case TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs:
                PredicateObjectList(Iri());
                return;
            default:
                throw Unexpected("a subject");
        }
    }

    private static bool IsVerbStart(TokenKind k) => k is TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs or TokenKind.A;

    private void PredicateObjectList(INode subject)
    {
        Verb(subject);
        while (_cur.Kind == TokenKind.Semicolon)
        {
            while (_cur.Kind == TokenKind.Semicolon) Advance();
            if (!IsVerbStart(_cur.Kind)) return;
            Verb(subject);
        }
    }

    private void Verb(INode subject)
    {
        INode predicate;
        if (_cur.Kind == TokenKind.A)
        {
            Advance();
            predicate = RdfType;
        }
        else if (_cur.Kind is TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs) predicate = Iri();
        else throw Unexpected("a predicate");
        Emit(subject, predicate, Object());
        while (_cur.Kind == TokenKind.Comma)
        {
            Advance();
            Emit(subject, predicate, Object());
        }
    }

    private void Emit(INode s, INode p, INode o)
    {
        if (_stopped) return;
        if (!_handler.HandleQuad(new Quad(s, p, o, _graph))) _stopped = true;
    }

    private INode Object()
    {
        if (++_depth > MaxDepth) throw Error($"nesting deeper than {MaxDepth} levels");
        try
        {
            return ObjectBody();
        }
        finally
        {
            _depth--;
        }
    }

    private INode ObjectBody()
    {
        var t = _cur;
        switch (t.Kind)
        {
            case TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs: return Iri();
            case TokenKind.BlankNodeLabel: return Blank();
            case TokenKind.OpenBracket:
            {
                Advance();
                var node = _blanks.Fresh();
                if (_cur.Kind == TokenKind.CloseBracket) { Advance(); return node; }
                PredicateObjectList(node);
                Expect(TokenKind.CloseBracket, "']'");
                return node;
            }
            case TokenKind.OpenParen: return Collection();
            case TokenKind.String:
            {
                Advance();
                if (_cur.Kind == TokenKind.LangTag)
                {
                    var lang = _cur.Text;
                    Advance();
                    return new LiteralNode(t.Text, null, lang);
                }
                if (_cur.Kind == TokenKind.DoubleCaret)
                {
                    Advance();
                    if (_cur.Kind is not (TokenKind.IriRef or TokenKind.PNameLn or TokenKind.PNameNs)) throw Unexpected("a datatype IRI after '^^'");
                    return new LiteralNode(t.Text, Iri().Uri);
                }
                return new LiteralNode(t.Text);
            }
            case TokenKind.Integer: Advance(); return new LiteralNode(t.Text, Vocab.XsdInteger);
            case TokenKind.Decimal: Advance(); return new LiteralNode(t.Text, Vocab.XsdDecimal);
            case TokenKind.Double: Advance(); return new LiteralNode(t.Text, Vocab.XsdDouble);
            case TokenKind.True or TokenKind.False: Advance(); return new LiteralNode(t.Text, Vocab.XsdBoolean);
            default: throw Unexpected("an object");
        }
    }

    private INode Collection()
    {
        Expect(TokenKind.OpenParen, "'('");
        var items = new List<INode>();
        while (_cur.Kind != TokenKind.CloseParen)
        {
            if (_cur.Kind == TokenKind.Eof) throw Unexpected("')'");
            items.Add(Object());
        }
        Advance();
        if (items.Count == 0) return RdfNil;
        var head = _blanks.Fresh();
        var node = head;
        for (int i = 0; i < items.Count; i++)
        {
            Emit(node, RdfFirst, items[i]);
            var next = i + 1 < items.Count ? (INode)_blanks.Fresh() : RdfNil;
            Emit(node, RdfRest, next);
            if (next is BlankNode b) node = b;
        }
        return head;
    }

    private BlankNode Blank()
    {
        var t = Expect(TokenKind.BlankNodeLabel, "a blank node");
        return _blanks.Labelled(t.Text);
    }

    private UriNode Iri()
    {
        var t = _cur;
        Advance();
        switch (t.Kind)
        {
            case TokenKind.IriRef:
                return _iris.Get(ResolveIri(t.Text, t));
            case TokenKind.PNameLn:
            case TokenKind.PNameNs:
                if (!_prefixes.TryGetValue(t.Text, out var ns)) throw _tok.Error($"undefined prefix '{t.Text}:'", t.Line, t.Column);
                return _iris.Get(ns + t.Local);
            default:
                throw _tok.Error($"expected an IRI, found {t.Describe()}", t.Line, t.Column);
        }
    }

    private string ResolveIri(string iri, Token at)
    {
        if (TermSyntax.HasScheme(iri)) return iri;
        if (_base is null) throw _tok.Error($"relative IRI <{iri}> and no base IRI", at.Line, at.Column);
        return IriResolver.Resolve(_base, iri);
    }
}
