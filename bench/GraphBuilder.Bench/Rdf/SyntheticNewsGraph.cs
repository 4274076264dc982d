using GraphBuilder.Rdf;

using System.Globalization;

namespace GraphBuilder.Bench.Rdf;

/// <summary>
/// A deterministic stream of triples shaped like GraphBuilder's output: people with types, German and English
/// names, typed literals (dates, integers, decimals), links to other people and organisations, addresses as blank
/// nodes, and descriptions with quotes, newlines and non-ASCII text. Twelve triples per person.
/// </summary>
public static class SyntheticNewsGraph
{
    private const string Kb = "http://graphbuilder.example/kb/";
    private const string Schema = "https://schema.org/";
    private const string Ex = "http://graphbuilder.example/ontology#";

    private static readonly string[] Given = ["Angela", "Olaf", "Friedrich", "Annalena", "Robert", "Christian", "Sahra", "Markus", "Ursula", "Emmanuel", "Jürgen", "Zoë"];
    private static readonly string[] Family = ["Merkel", "Scholz", "Merz", "Baerbock", "Habeck", "Lindner", "Wagenknecht", "Söder", "von der Leyen", "Macron", "Trittin", "Müller"];
    private static readonly string[] Cities = ["Berlin", "München", "Köln", "Hamburg", "Paris", "Brüssel", "Wien", "Zürich", "Kyjiw", "Washington"];

    /// <summary>The first <paramref name="count"/> triples.</summary>
    public static IEnumerable<Triple> Triples(int count)
    {
        var type = new UriNode(Vocab.RdfType);
        var person = new UriNode(Schema + "Person");
        var name = new UriNode(Schema + "name");
        var birth = new UriNode(Schema + "birthDate");
        var knows = new UriNode(Schema + "knows");
        var address = new UriNode(Schema + "address");
        var street = new UriNode(Schema + "streetAddress");
        var locality = new UriNode(Schema + "addressLocality");
        var description = new UriNode(Schema + "description");
        var score = new UriNode(Ex + "mentionCount");
        var weight = new UriNode(Ex + "salience");
        var member = new UriNode(Ex + "memberOf");
        var ci = CultureInfo.InvariantCulture;

        int produced = 0;
        for (int i = 0; ; i++)
        {
            var p = new UriNode(Kb + "person/P" + i.ToString(ci));
            var addr = new BlankNode("addr" + i.ToString(ci));
            string given = Given[i % Given.Length], family = Family[(i / Given.Length) % Family.Length];
            var block = new Triple[]
            {
                new(p, type, person),
                new(p, name, new LiteralNode($"{given} {family} ({i})", null, "de")),
                new(p, name, new LiteralNode($"{given} {family} #{i}", null, "en")),
                new(p, birth, new LiteralNode($"{1940 + i % 60}-{1 + i % 12:00}-{1 + i % 28:00}", Vocab.XsdDate)),
                new(p, score, new LiteralNode((i % 1000).ToString(ci), Vocab.XsdInteger)),
                new(p, weight, new LiteralNode($"0.{i % 997:000}", Vocab.XsdDecimal)),
                new(p, knows, new UriNode(Kb + "person/P" + ((i * 7919L + 13) % (count / 12 + 1)).ToString(ci))),
                new(p, address, addr),
                new(addr, street, new LiteralNode($"Hauptstraße {i % 250 + 1}")),
                new(addr, locality, new LiteralNode(Cities[i % Cities.Length])),
                new(p, description, new LiteralNode($"Sagte am {i % 28 + 1}. Mai: \"Wir schaffen das\"\nZitat Nr. {i} – «{given}»")),
                new(p, member, new UriNode(Kb + "org/O" + (i % 1000).ToString(ci))),
            };
            foreach (var t in block)
            {
                if (produced++ == count) yield break;
                yield return t;
            }
        }
    }
}
