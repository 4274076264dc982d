using GraphBuilder.Rdf.Sparql.Results;
using GraphBuilder.Tests.Common;

namespace GraphBuilder.Rdf.Tests.Sparql.Results;

/// <summary>Every .srx, .srj and .tsv file of the W3C SPARQL suites parses, and re-reads equal after our writer.</summary>
public class W3cResultFilesTests
{
    [SkippableFact]
    public void All_result_files_of_the_suites_parse_and_round_trip()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var root = SharedData.Path("conformance");
        Skip.IfNot(Directory.Exists(root), "no conformance folder in ../shared");
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".srx") || f.EndsWith(".srj") || f.EndsWith(".tsv")).Order(StringComparer.Ordinal).ToList();
        Skip.If(files.Count == 0, "no result files in ../shared/conformance");
        var failures = new List<string>();
        foreach (var f in files)
        {
            try
            {
                var r = SparqlResultsParsers.ParseFile(f);
                var format = Path.GetExtension(f) switch { ".srx" => "xml", ".srj" => "json", _ => "tsv" };
                if (r.ResultsType == SparqlResultsType.Boolean && format == "tsv") continue;
                var materialized = r.ResultsType == SparqlResultsType.Boolean ? r : SparqlResultSet.FromBindings(r.Variables, r.Results.ToList());
                var sw = new StringWriter();
                SparqlResultsWriters.Create(format).Save(materialized, sw);
                var back = SparqlResultsParsers.ForPath(f)!.Parse(new StringReader(sw.ToString()));
                var cmp = ResultSetComparer.Compare(materialized, back, ordered: true);
                if (!cmp.Equal) failures.Add($"{f}: {cmp.Difference}");
            }
            catch (RdfParseException e)
            {
                failures.Add(e.ToDiagnostic());
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void All_rdf_result_sets_of_the_suites_read()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var root = SharedData.Path("conformance");
        Skip.IfNot(Directory.Exists(root), "no conformance folder in ../shared");
        var files = Directory.EnumerateFiles(root, "*.ttl", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("result-set#")).Order(StringComparer.Ordinal).ToList();
        Skip.If(files.Count == 0, "no rs:ResultSet files in ../shared/conformance");
        var failures = new List<string>();
        int solutions = 0;
        foreach (var f in files)
        {
            try
            {
                var g = GraphBuilder.Rdf.Formats.RdfLoader.LoadGraph(f);
                if (!SparqlRdfResultsReader.IsResultSet(g)) continue;
                var r = SparqlRdfResultsReader.Read(g);
                if (r.ResultsType == SparqlResultsType.VariableBindings) solutions += r.Results.Count();
            }
            catch (RdfException e)
            {
                failures.Add(f + ": " + e.Message);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(solutions > 0);
    }

    [SkippableFact]
    public void The_csv_expectations_of_the_suite_parse()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var dir = SharedData.Path("conformance", "sparql11", "csv-tsv-res");
        Skip.IfNot(Directory.Exists(dir), "no csv-tsv-res folder in ../shared/conformance");
        foreach (var f in Directory.GetFiles(dir, "*.csv"))
        {
            var r = SparqlResultsParsers.ParseFile(f);
            Assert.Equal(["s", "p", "o"], r.Variables.Take(3));
            Assert.NotEmpty(r.Results);
        }
    }
}
