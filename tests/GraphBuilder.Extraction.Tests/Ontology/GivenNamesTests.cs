using GraphBuilder.Rdf;
using static GraphBuilder.Extraction.Tests.Ontology.OntologyResources;

namespace GraphBuilder.Extraction.Tests.Ontology;

/// <summary>gazetteer-given-names.ttl: one node, lex:given-names, with capitalised single names.</summary>
public class GivenNamesTests
{
    [Fact]
    public void GazetteerHoldsThousandsOfCapitalisedNames()
    {
        var g = Load("gazetteer-given-names.ttl");
        var names = Literals(g, Iri("https://w3id.org/graphbuilder/lex/given-names"), Gb + "givenName").Select(l => l.Value).ToList();
        Assert.True(names.Count >= 2000, $"only {names.Count} given names");
        Assert.All(names, n => Assert.True(char.IsUpper(n[0]) && !n.Contains(' '), $"'{n}' is not a capitalised single name"));
        foreach (var expected in new[] { "Olaf", "Annalena", "Wolodymyr", "Volodymyr", "Dmytro", "Sergej", "Witali", "Mohammed", "Emmanuel" })
            Assert.Contains(expected, names);
    }
}
