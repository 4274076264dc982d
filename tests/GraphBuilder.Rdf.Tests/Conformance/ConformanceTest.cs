namespace GraphBuilder.Rdf.Tests.Conformance;

/// <summary>One entry of a W3C RDF syntax manifest.</summary>
/// <param name="Suite">ntriples, nquads, turtle or trig.</param>
/// <param name="Name">mf:name.</param>
/// <param name="Type">Local name of the rdf:type, e.g. TestTurtleEval.</param>
/// <param name="Action">Local path of mf:action.</param>
/// <param name="Result">Local path of mf:result (eval tests).</param>
/// <param name="BaseIri">The IRI the input is parsed against (assumedTestBase + file name), or null.</param>
public sealed record ConformanceTest(string Suite, string Name, string Type, string Action, string? Result, string? BaseIri)
{
    /// <summary>Display id: suite/name.</summary>
    public string Id => Suite + "/" + Name;

    /// <summary>True for tests whose input must be rejected.</summary>
    public bool IsNegative => Type.Contains("Negative", StringComparison.Ordinal);

    /// <summary>True for tests that compare the parsed input with an expected result.</summary>
    public bool IsEval => Type.EndsWith("Eval", StringComparison.Ordinal) && !IsNegative;

    public override string ToString() => Id;
}
