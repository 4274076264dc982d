using GraphBuilder.Rdf.Sparql.Protocol;

namespace GraphBuilder.Rdf.Tests.Sparql.Protocol;

public class SparqlRequestParserTests
{
    private static SparqlQueryOperation Parse(string method, string qs, string? ct = null, string body = "") =>
        SparqlRequestParser.Parse(new SparqlProtocolRequest(method, qs, ct, body, null));

    private static int Status(string method, string qs, string? ct = null, string body = "") =>
        Assert.Throws<SparqlProtocolException>(() => Parse(method, qs, ct, body)).StatusCode;

    [Fact]
    public void Get_decodes_the_query_parameter()
    {
        var op = Parse("GET", "?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D+LIMIT+1&default-graph-uri=http%3A%2F%2Fg");
        Assert.Equal("SELECT * WHERE {?s ?p ?o} LIMIT 1", op.Query);
        Assert.Equal(["http://g"], op.DefaultGraphUris);
    }

    [Fact]
    public void Post_form_and_direct_body_both_work()
    {
        Assert.Equal("ASK {}", Parse("POST", "", "application/x-www-form-urlencoded; charset=UTF-8", "query=ASK+%7B%7D").Query);
        Assert.Equal("ASK { ?s ?p \"ü\" }", Parse("POST", "", "application/sparql-query", "ASK { ?s ?p \"ü\" }").Query);
    }

    [Fact]
    public void Utf8_percent_escapes_decode_to_one_character()
    {
        Assert.Equal("\"Straße\"", Parse("GET", "query=%22Stra%C3%9Fe%22").Query);
    }

    [Fact]
    public void Updates_are_refused_with_403()
    {
        Assert.Equal(403, Status("POST", "", "application/x-www-form-urlencoded", "update=INSERT+DATA+%7B%7D"));
        Assert.Equal(403, Status("POST", "", "application/sparql-update", "INSERT DATA {}"));
        Assert.Equal(403, Status("GET", "update=CLEAR+ALL"));
        Assert.Equal(403, Status("GET", "query=PREFIX+ex%3A+%3Chttp%3A%2F%2Fx%2F%3E+%23c%0ADELETE+WHERE+%7B%7D"));
    }

    [Fact]
    public void Malformed_requests_are_400_405_415()
    {
        Assert.Equal(400, Status("GET", ""));
        Assert.Equal(400, Status("GET", "query=a&query=b"));
        Assert.Equal(400, Status("GET", "query=%zz"));
        Assert.Equal(405, Status("PUT", "query=ASK{}"));
        Assert.Equal(415, Status("POST", "", "text/plain", "ASK {}"));
    }

    [Theory]
    [InlineData("SELECT * { ?s ?p ?o }", false)]
    [InlineData("PREFIX insert: <http://x/> SELECT * { ?s insert:p ?o }", false)]
    [InlineData("  # comment\n insert data { <a> <b> <c> }", true)]
    [InlineData("BASE <http://x/> WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", true)]
    public void Update_sniffer_looks_past_the_prologue(string text, bool isUpdate)
    {
        Assert.Equal(isUpdate, SparqlUpdateSniffer.LooksLikeUpdate(text));
    }
}
