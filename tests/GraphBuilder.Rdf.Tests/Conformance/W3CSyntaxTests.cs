using GraphBuilder.Tests.Common;
using Xunit.Abstractions;

namespace GraphBuilder.Rdf.Tests.Conformance;

/// <summary>The W3C RDF 1.1 N-Triples, N-Quads, Turtle and TriG suites, one theory case per manifest entry.</summary>
public class W3CSyntaxTests
{
    private const string Missing = "(shared data missing)";
    private readonly ITestOutputHelper _output;

    public W3CSyntaxTests(ITestOutputHelper output) => _output = output;

    /// <summary>Known failures: test id and reason. Empty: every test is expected to pass.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownFailures = new Dictionary<string, string>();

    public static IEnumerable<object[]> Cases =>
        ConformanceSuites.All.Count == 0 ? [[Missing]] : ConformanceSuites.All.Keys.Select(id => new object[] { id });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Test(string id)
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var t = ConformanceSuites.All[id];
        Skip.If(KnownFailures.TryGetValue(id, out var reason), reason);
        var failure = ConformanceRunner.Run(t);
        Assert.True(failure is null, $"{t.Type} {t.Action}: {failure}");
    }

    [SkippableFact]
    public void SuiteSummary()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var failures = new List<string>();
        foreach (var (suite, _) in ConformanceSuites.Entries)
        {
            var tests = ConformanceSuites.All.Values.Where(t => t.Suite == suite).ToList();
            int passed = 0;
            foreach (var t in tests)
            {
                var f = ConformanceRunner.Run(t);
                if (f is null) passed++;
                else failures.Add($"{t.Id}: {f}");
            }
            _output.WriteLine($"{suite}: {passed}/{tests.Count}");
        }
        foreach (var f in failures) _output.WriteLine("FAIL " + f);
        Assert.Equal(70, ConformanceSuites.All.Values.Count(t => t.Suite == "ntriples"));
        Assert.Equal(87, ConformanceSuites.All.Values.Count(t => t.Suite == "nquads"));
        Assert.Equal(313, ConformanceSuites.All.Values.Count(t => t.Suite == "turtle"));
        Assert.Equal(356, ConformanceSuites.All.Values.Count(t => t.Suite == "trig"));
        Assert.Equal(KnownFailures.Count, failures.Count);
    }
}
