using GraphBuilder.Tests.Common;
using Xunit.Abstractions;

namespace GraphBuilder.Rdf.Tests.Sparql.Conformance;

/// <summary>The W3C SPARQL 1.0 and 1.1 query test suites, one case per test, plus a summary with pass counts per group.</summary>
public class W3cSparqlConformanceTests
{
    private readonly ITestOutputHelper _out;

    public W3cSparqlConformanceTests(ITestOutputHelper output) => _out = output;

    /// <summary>Test ids for the theory (a placeholder row when ../shared is absent, so the theory still runs and skips).</summary>
    public static IEnumerable<object[]> Cases =>
        W3cSparqlTest.All.Count == 0 ? [["(no shared data)"]] : W3cSparqlTest.All.Select(t => new object[] { t.Id });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Test(string id)
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var t = W3cSparqlTest.All.Single(x => x.Id == id);
        Skip.If(SparqlSkipList.Reasons.TryGetValue(t.ShortId, out var reason), reason);
        string? failure;
        try { failure = W3cSparqlRunner.Run(t); }
        catch (Exception e) { failure = e.GetType().Name + ": " + e.Message; }
        Assert.True(failure == null, $"{t.ShortId} ({t.Name}): {failure}");
    }

    [SkippableFact]
    public void Summary_pass_counts_per_group_are_at_least_95_percent()
    {
        Skip.IfNot(SharedData.Available && W3cSparqlTest.All.Count > 0, SharedData.MissingReason);
        var stats = new SortedDictionary<string, (int Pass, int Fail, int Skip)>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var t in W3cSparqlTest.All)
        {
            var s = stats.GetValueOrDefault(t.Group);
            string? failure;
            try { failure = W3cSparqlRunner.Run(t); }
            catch (Exception e) { failure = e.GetType().Name + ": " + e.Message; }
            if (failure == null) s.Pass++;
            else if (SparqlSkipList.Reasons.ContainsKey(t.ShortId)) s.Skip++;
            else { s.Fail++; failures.Add($"{t.Group} | {t.ShortId}: {Trim(failure)}"); }
            stats[t.Group] = s;
        }
        foreach (var (g, s) in stats)
            _out.WriteLine($"{g}: {s.Pass}/{s.Pass + s.Fail + s.Skip} pass ({100.0 * s.Pass / (s.Pass + s.Fail + s.Skip):F1}%), {s.Skip} known failures (skip list), {s.Fail} unexpected failures");
        foreach (var f in failures) _out.WriteLine("FAIL " + f);
        foreach (var (g, s) in stats)
            Assert.True(s.Pass >= 0.95 * (s.Pass + s.Fail + s.Skip), $"{g}: only {s.Pass} of {s.Pass + s.Fail + s.Skip} pass");
    }

    private static string Trim(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length > 300 ? s[..300] + "..." : s;
    }
}
