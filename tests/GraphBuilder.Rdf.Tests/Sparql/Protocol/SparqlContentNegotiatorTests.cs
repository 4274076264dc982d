using GraphBuilder.Rdf.Sparql.Protocol;

namespace GraphBuilder.Rdf.Tests.Sparql.Protocol;

public class SparqlContentNegotiatorTests
{
    [Theory]
    [InlineData(null, "json")]
    [InlineData("*/*", "json")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "xml")]
    [InlineData("application/sparql-results+xml", "xml")]
    [InlineData("text/csv", "csv")]
    [InlineData("text/tab-separated-values;q=0.9, text/csv;q=0.5", "tsv")]
    [InlineData("application/sparql-results+json;q=0.1, text/csv;q=0.5", "csv")]
    [InlineData("text/*", "xml")]
    public void Results_follow_accept(string? accept, string expected)
    {
        Assert.Equal(expected, SparqlContentNegotiator.Choose(accept, null, isGraph: false).Name);
    }

    [Theory]
    [InlineData(null, "turtle")]
    [InlineData("application/n-triples", "ntriples")]
    [InlineData("text/plain", "ntriples")]
    [InlineData("application/ld+json", "jsonld")]
    [InlineData("application/sparql-results+json, */*;q=0.1", "turtle")]
    public void Graphs_follow_accept(string? accept, string expected)
    {
        Assert.Equal(expected, SparqlContentNegotiator.Choose(accept, null, isGraph: true).Name);
    }

    [Fact]
    public void Format_parameter_overrides_accept()
    {
        Assert.Equal("tsv", SparqlContentNegotiator.Choose("application/sparql-results+json", "tsv", false).Name);
        Assert.Equal(400, Assert.Throws<SparqlProtocolException>(() => SparqlContentNegotiator.Choose(null, "yaml", false)).StatusCode);
    }

    [Fact]
    public void Nothing_acceptable_is_406()
    {
        Assert.Equal(406, Assert.Throws<SparqlProtocolException>(() => SparqlContentNegotiator.Choose("image/png", null, false)).StatusCode);
        Assert.Equal(406, Assert.Throws<SparqlProtocolException>(() => SparqlContentNegotiator.Choose("application/sparql-results+json;q=0", null, false)).StatusCode);
    }
}
