using GraphBuilder.Rdf.Sparql.Results;
using static GraphBuilder.Rdf.Tests.Sparql.Results.Fixtures;

namespace GraphBuilder.Rdf.Tests.Sparql.Results;

/// <summary>Every lossless format reads back what it wrote.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Formats => new() { "json", "xml", "tsv" };

    private static ISparqlResultsParser ParserFor(string format) => format switch
    {
        "json" => new SparqlJsonResultsParser(),
        "xml" => new SparqlXmlResultsParser(),
        _ => new SparqlTsvResultsParser(),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Bindings_round_trip(string format)
    {
        var text = Write(SparqlResultsWriters.Create(format), Once(Mixed()));
        var back = Parse(ParserFor(format), text);
        Assert.Equal(["s", "o"], back.Variables);
        var cmp = ResultSetComparer.Compare(Mixed(), back, ordered: true);
        Assert.True(cmp.Equal, cmp.Difference + "\n" + text);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Empty_results_round_trip(string format)
    {
        var empty = SparqlResultSet.FromBindings(["x"], []);
        var back = Parse(ParserFor(format), Write(SparqlResultsWriters.Create(format), empty));
        Assert.Equal(["x"], back.Variables);
        Assert.Empty(back.Results);
    }

    [Theory]
    [InlineData("json", true)]
    [InlineData("json", false)]
    [InlineData("xml", true)]
    [InlineData("xml", false)]
    public void Booleans_round_trip(string format, bool value)
    {
        var back = Parse(ParserFor(format), Write(SparqlResultsWriters.Create(format), SparqlResultSet.FromBoolean(value)));
        Assert.Equal(SparqlResultsType.Boolean, back.ResultsType);
        Assert.Equal(value, back.Result);
    }

    [Fact]
    public void Non_ascii_and_astral_characters_survive_every_format()
    {
        var r = SparqlResultSet.FromBindings(["x"], [Row(("x", new LiteralNode("Straße 😀 \u2028")))]);
        foreach (var f in new[] { "json", "xml", "tsv" })
        {
            var back = Parse(ParserFor(f), Write(SparqlResultsWriters.Create(f), r));
            Assert.Equal("Straße 😀 \u2028", ((ILiteralNode)back.Results.Single()["x"]!).Value);
        }
    }
}
