using GraphBuilder.Rdf.Formats;
using GraphBuilder.Rdf.Formats.RdfXml;
using GraphBuilder.Rdf.Sparql;
using GraphBuilder.Rdf.Sparql.Evaluation;
using GraphBuilder.Rdf.Sparql.Results;
using GraphBuilder.Rdf.Sparql.Syntax;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Rdf.Tests.Sparql.Conformance;

/// <summary>Runs one W3C SPARQL test: syntax tests parse (and positive ones evaluate on an empty dataset), evaluation tests compare with the expected result.</summary>
public static class W3cSparqlRunner
{
    /// <summary>Runs the test; returns null when it passes, else why it failed.</summary>
    public static string? Run(W3cSparqlTest t)
    {
        var root = SharedData.Path("conformance");
        string Full(string rel) => Path.Combine(root, rel);
        var queryPath = Full(t.Query!);
        var text = File.ReadAllText(queryPath);
        var baseUri = RdfLoader.FileUri(queryPath);
        if (t.Type.Contains("NegativeSyntax"))
        {
            try
            {
                SparqlQueryParser.Parse(text, baseUri);
                return "parsed, but the query is invalid";
            }
            catch (SparqlParseException)
            {
                return null;
            }
        }
        if (t.Type.Contains("PositiveSyntax"))
        {
            try
            {
                var q = SparqlQueryParser.Parse(text, baseUri);
                var r = new SparqlQueryProcessor(new TripleStore()).Evaluate(q);
                if (r.ResultsType == SparqlResultsType.VariableBindings) _ = r.Results.Count();
                return null;
            }
            catch (SparqlParseException e)
            {
                return "rejected: " + e.Message;
            }
        }
        var query = SparqlQueryParser.Parse(text, baseUri);
        var store = new TripleStore();
        // The query's own dataset (FROM / FROM NAMED) wins over the manifest's (constructwhere04 names its data both ways).
        if (query.DefaultGraphs.Count == 0 && query.NamedGraphs.Count == 0)
        {
            foreach (var d in t.Data) RdfXmlFiles.LoadInto(store, Full(d), RdfLoader.FileUri(Full(d)));
            foreach (var g in t.GraphData)
            {
                var name = new UriNode(RdfLoader.FileUri(Full(g)));
                store.GetGraph(name);
                RdfXmlFiles.LoadInto(store, Full(g), name.Uri, name);
            }
        }
        else
        {
            foreach (var f in query.DefaultGraphs) RdfXmlFiles.LoadInto(store, new Uri(f).LocalPath, f);
            foreach (var f in query.NamedGraphs) { var n = new UriNode(f); store.GetGraph(n); RdfXmlFiles.LoadInto(store, new Uri(f).LocalPath, f, n); }
        }
        var actual = new SparqlQueryProcessor(store).Evaluate(query);
        if (actual.ResultsType == SparqlResultsType.VariableBindings)
            actual = SparqlResultSet.FromBindings(actual.Variables, actual.Results.ToList());
        var resultPath = Full(t.Result!);
        SparqlResultSet expected;
        bool ordered;
        var ext = Path.GetExtension(resultPath);
        if (ext is ".srx" or ".srj" or ".tsv")
        {
            expected = SparqlResultsParsers.ParseFile(resultPath);
            ordered = query.HasOrderBy;
        }
        else
        {
            var g = RdfXmlFiles.LoadGraph(resultPath);
            if (SparqlRdfResultsReader.IsResultSet(g))
            {
                expected = SparqlRdfResultsReader.Read(g);
                ordered = query.HasOrderBy && SparqlRdfResultsReader.IsOrdered(g);
            }
            else
            {
                expected = SparqlResultSet.FromGraph(g);
                ordered = false;
            }
        }
        if (expected.ResultsType == SparqlResultsType.VariableBindings)
            expected = SparqlResultSet.FromBindings(expected.Variables, expected.Results.ToList());
        if (t.LaxCardinality && expected.ResultsType == SparqlResultsType.VariableBindings)
        {
            expected = Distinct(expected);
            actual = Distinct(actual);
        }
        if (expected.ResultsType == SparqlResultsType.VariableBindings)
        {
            expected = NumericValues(expected);
            actual = NumericValues(actual);
        }
        var cmp = ResultSetComparer.Compare(expected, actual, ordered);
        return cmp.Equal ? null : cmp.Difference;
    }

    /// <summary>
    /// Numeric literals compared by value within their datatype: the suites' expected files write results in
    /// different lexical forms ("6"^^xsd:double, "2.0"^^xsd:decimal) than any one canonical form.
    /// </summary>
    private static SparqlResultSet NumericValues(SparqlResultSet r) =>
        SparqlResultSet.FromBindings(r.Variables, r.Results.Select(x => new SparqlResult(
            x.Bindings.Select(kv => new KeyValuePair<string, INode>(kv.Key, Normalise(kv.Value))))).ToList());

    private static INode Normalise(INode n)
    {
        if (n is not ILiteralNode l || !l.DataType.StartsWith(Vocab.Xsd, StringComparison.Ordinal)) return n;
        var local = l.DataType[Vocab.Xsd.Length..];
        var s = l.Value.Trim();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (local is "double" or "float")
        {
            if (local == "float" && float.TryParse(s, System.Globalization.NumberStyles.Float, inv, out var f)) return new LiteralNode(f.ToString("R", inv), l.DataType);
            if (double.TryParse(s, System.Globalization.NumberStyles.Float, inv, out var d)) return new LiteralNode(d.ToString("R", inv), l.DataType);
            return n;
        }
        if (local is "decimal" or "integer" && decimal.TryParse(s, System.Globalization.NumberStyles.Number, inv, out var m))
            return new LiteralNode(m.ToString("0.############################", inv), l.DataType);
        return n;
    }

    private static SparqlResultSet Distinct(SparqlResultSet r) =>
        SparqlResultSet.FromBindings(r.Variables, r.Results
            .GroupBy(x => string.Join("|", r.Variables.Select(v => x[v]?.ToString() ?? "")))
            .Select(g => g.First()).ToList());
}
