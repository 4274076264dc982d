using GraphBuilder.Rdf.Comparison;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Rdf.Tests.Conformance;

/// <summary>Runs one W3C syntax test: positive syntax must parse, negative syntax must fail with a parse error, eval must be isomorphic to the expected result.</summary>
public static class ConformanceRunner
{
    /// <summary>Null when the test passes, else why it failed.</summary>
    public static string? Run(ConformanceTest t)
    {
        var format = t.Suite switch
        {
            "ntriples" => RdfFormat.NTriples,
            "nquads" => RdfFormat.NQuads,
            "turtle" => RdfFormat.Turtle,
            "trig" => RdfFormat.TriG,
            _ => throw new ArgumentException("unknown suite " + t.Suite),
        };
        List<Quad> actual;
        try
        {
            actual = Parse(t.Action, format, t.BaseIri);
        }
        catch (RdfParseException e)
        {
            return t.IsNegative ? null : "rejected a valid document: " + e.ToDiagnostic();
        }
        catch (Exception e)
        {
            return $"crashed with {e.GetType().Name}: {e.Message}";
        }
        if (t.IsNegative) return $"accepted an invalid document ({actual.Count} statements)";
        if (!t.IsEval) return null;
        if (t.Result is null) return "eval test without mf:result";
        var expected = Parse(t.Result, RdfFormatNames.IsQuadFormat(format) ? RdfFormat.NQuads : RdfFormat.NTriples, null);
        var why = GraphComparer.Explain(actual, expected);
        return why is null ? null : "not isomorphic to the expected result: " + why;
    }

    private static List<Quad> Parse(string path, RdfFormat format, string? baseIri)
    {
        var h = new Formats.CollectingHandler();
        RdfLoader.Load(h, path, format, baseIri ?? RdfLoader.FileUri(path));
        return h.Quads;
    }
}
