using FsCheck;
using FsCheck.Fluent;

namespace GraphBuilder.Rdf.Tests.RoundTrip;

/// <summary>
/// FsCheck generators of RDF data that stress the writers: IRIs with unusual but legal characters (the readers,
/// like the RDF 1.2 grammars, refuse \u escapes of characters IRIs exclude, so such IRIs have no round trip), blank nodes drawn from a small pool (so they are shared, self-referencing and cyclic),
/// literals with quotes, backslashes, control characters, non-BMP characters, language tags, numbers and booleans in
/// forms that may or may not have a short Turtle form, well-formed and broken rdf:first/rest lists, and named graphs.
/// </summary>
public static class RdfArbitraries
{
    private const string Ns = "http://example.org/ns/";

    /// <summary>The arbitrary FsCheck uses for <see cref="RandomDataset"/> parameters.</summary>
    public static Arbitrary<RandomDataset> Datasets() => Arb.From(DatasetGen);

    private static readonly string[] LocalPieces =
    [
        "a", "b", "Zürich", "straße", "x_y", "x-y", "1", "42", "a.b", "end.", "%41", "%zz", "~", "/", "#", "?q=1", "&",
        "中文", "😀", "é", ":", "'", "(", ")", "*", "+", ",", ";", "=", "!", "$", "@",
    ];

    private static readonly string[] Bases = [Ns, "http://example.org/other#", "urn:isbn:", "https://de.wikipedia.org/wiki/", "http://example.org/ns/sub/"];

    private static readonly string[] StringPieces =
    [
        "a", "Zürich", " ", "\"", "'", "\\", "\n", "\r", "\t", "\u0001", "\u001f", "\u007f", "\u00a0", "😀", "中文",
        "\"\"\"", "'''", "@en", "^^", "<x>", "_:b1", "# not a comment", ".", ";", ",", "\u2028", "\ufeff", "",
    ];

    private static readonly string[] Languages = ["en", "de", "de-CH", "en-GB", "fr", "zh-Hant-TW", "x-private"];

    private static readonly (string Datatype, string[] Values)[] Typed =
    [
        (Vocab.XsdInteger, ["0", "42", "-7", "+5", "007", "-0", "12345678901234567890", "4 2", "", "1.0"]),
        (Vocab.XsdDecimal, ["1.5", "-0.25", "+.5", ".5", "1.", "3", "0.0", "1e3"]),
        (Vocab.XsdDouble, ["1.0E0", "1e10", "-2.5E-3", ".5e1", "1E0", "INF", "-INF", "NaN", "1.5", "1.e1"]),
        (Vocab.XsdBoolean, ["true", "false", "1", "0", "TRUE"]),
        (Vocab.XsdDate, ["2024-02-29", "1954-07-17Z"]),
        (Vocab.XsdString, ["typed string", "\"q\""]),
        ("http://example.org/ns/custom", ["x", "1"]),
        ("urn:x:odd-type?v=1#t", ["x"]),
    ];

    private static Gen<string> PieceString(string[] pieces, int max) =>
        Gen.ListOf(Gen.Elements(pieces), max).Select(l => string.Concat(l));

    private static readonly Gen<INode> IriGen =
        Gen.Elements(Bases).SelectMany(b => PieceString(LocalPieces, 3), (b, l) => (INode)new UriNode(b + l));

    private static readonly Gen<INode> PredicateGen =
        Gen.Frequency(
            (6, Gen.Elements("p", "q", "name", "knows", "x.y", "x%20y").Select(l => (INode)new UriNode(Ns + l))),
            (2, Gen.Constant((INode)new UriNode(Vocab.RdfType))),
            (1, IriGen));

    private static readonly Gen<INode> BlankGen = Gen.Choose(0, 5).Select(i => (INode)new BlankNode("n" + i));

    private static readonly Gen<INode> LiteralGen =
        Gen.Frequency(
            (3, PieceString(StringPieces, 4).Select(s => (INode)new LiteralNode(s))),
            (2, PieceString(StringPieces, 3).SelectMany(s => Gen.Elements(Languages), (s, l) => (INode)new LiteralNode(s, null, l))),
            (4, Gen.Elements(Typed).SelectMany(t => Gen.Elements(t.Values), (t, v) => (INode)new LiteralNode(v, t.Datatype))));

    private static readonly Gen<INode> SubjectGen = Gen.Frequency((3, IriGen), (2, BlankGen));

    private static readonly Gen<INode> ObjectGen = Gen.Frequency((3, IriGen), (2, BlankGen), (4, LiteralGen));

    private static readonly Gen<INode?> GraphNameGen =
        Gen.Frequency(
            (4, Gen.Constant((INode?)null)),
            (3, Gen.Elements("g1", "g2", "g/3").Select(g => (INode?)new UriNode(Ns + g))),
            (1, Gen.Elements("gb1", "gb2").Select(g => (INode?)new BlankNode(g))));

    private static readonly Gen<List<Quad>> TripleGen =
        Gen.Zip(Gen.Zip(SubjectGen, PredicateGen), Gen.Zip(ObjectGen, GraphNameGen))
            .Select(x => new List<Quad> { new(x.Item1.Item1, x.Item1.Item2, x.Item2.Item1, x.Item2.Item2) });

    private static int _listCounter;

    /// <summary>An rdf:first/rest list hanging off a subject; sometimes empty (rdf:nil), sometimes broken by an extra statement.</summary>
    private static readonly Gen<List<Quad>> ListGen =
        Gen.Zip(Gen.Zip(SubjectGen, GraphNameGen), Gen.Zip(Gen.ListOf(ObjectGen, 4).Select(l => l.ToList()), Gen.Elements(0, 0, 0, 1, 2)))
            .Select(x =>
            {
                var ((subject, graph), (items, damage)) = x;
                int id = Interlocked.Increment(ref _listCounter);
                var quads = new List<Quad>();
                INode head = new UriNode(Vocab.RdfNil);
                for (int i = items.Count - 1; i >= 0; i--)
                {
                    var cell = new BlankNode($"l{id}c{i}");
                    quads.Add(new Quad(cell, new UriNode(Vocab.RdfFirst), items[i], graph));
                    quads.Add(new Quad(cell, new UriNode(Vocab.RdfRest), head, graph));
                    head = cell;
                }
                quads.Add(new Quad(subject, new UriNode(Ns + "list"), head, graph));
                if (damage == 1 && head is BlankNode) quads.Add(new Quad(head, new UriNode(Ns + "extra"), new LiteralNode("x"), graph));
                if (damage == 2 && head is BlankNode) quads.Add(new Quad(new UriNode(Ns + "second"), new UriNode(Ns + "ref"), head, graph));
                return quads;
            });

    private static readonly Gen<IReadOnlyList<(string, string)>> PrefixGen =
        Gen.SubListOf(new (string, string)[]
        {
            ("ex", Ns), ("", "http://example.org/other#"), ("wiki", "https://de.wikipedia.org/wiki/"),
            ("sub", "http://example.org/ns/sub/"), ("urn", "urn:isbn:"), ("a.b", "http://example.org/"),
        }).Select(l => (IReadOnlyList<(string, string)>)l.ToList());

    private static readonly Gen<RandomDataset> DatasetGen =
        Gen.Zip(Gen.ListOf(Gen.Frequency((6, TripleGen), (1, ListGen))), PrefixGen)
            .Select(x => new RandomDataset(x.Item1.SelectMany(q => q).Distinct().ToList(), x.Item2));
}
