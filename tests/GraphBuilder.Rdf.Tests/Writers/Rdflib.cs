using System.Diagnostics;

namespace GraphBuilder.Rdf.Tests.Writers;

/// <summary>Runs Debian's python3-rdflib (/usr/bin/python3) on files the writers produced.</summary>
internal static class Rdflib
{
    private const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> IsAvailable = new(() =>
        File.Exists(Python) && Run("import rdflib", []).ExitCode == 0);

    public static bool Available => IsAvailable.Value;

    /// <summary>The graph name rdflib gives the default graph of the documents it reads here (as in the script).</summary>
    public const string DefaultGraphName = "urn:x-graphbuilder:default";

    public const string MissingReason = "needs /usr/bin/python3 with rdflib (Debian package python3-rdflib)";

    /// <summary>
    /// Parses <paramref name="jsonLdPath"/> and <paramref name="nquadsPath"/> with rdflib and compares every graph for
    /// isomorphism. Returns rdflib's N-Quads of the JSON-LD (stdout) and its verdict lines (stderr).
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) CompareJsonLdWithNQuads(string jsonLdPath, string nquadsPath) =>
        Run(CompareScript, [jsonLdPath, nquadsPath]);

    private const string CompareScript = """
import sys, rdflib
from rdflib.compare import isomorphic
rdflib.NORMALIZE_LITERALS = False
DEFAULT = 'urn:x-graphbuilder:default'
a = rdflib.ConjunctiveGraph(); a.parse(sys.argv[1], format='json-ld', publicID=DEFAULT)
b = rdflib.ConjunctiveGraph(); b.parse(sys.argv[2], format='nquads', publicID=DEFAULT)
def graphs(cg):
    out = {}
    for ctx in cg.contexts():
        key = 'DEFAULT' if str(ctx.identifier) in (DEFAULT, str(cg.default_context.identifier)) else str(ctx.identifier)
        g = out.setdefault(key, rdflib.Graph())
        for t in ctx.triples((None, None, None)):
            g.add(t)
    return {k: v for k, v in out.items() if len(v) > 0}
ga, gb = graphs(a), graphs(b)
ok = set(ga) == set(gb)
if not ok:
    print('graph names differ: %s vs %s' % (sorted(ga), sorted(gb)), file=sys.stderr)
for k in sorted(set(ga) & set(gb)):
    if not isomorphic(ga[k], gb[k]):
        ok = False
        print('graph %s differs: %d vs %d triples' % (k, len(ga[k]), len(gb[k])), file=sys.stderr)
sys.stdout.write(a.serialize(format='nquads'))
print('ISOMORPHIC' if ok else 'DIFFERENT', file=sys.stderr)
sys.exit(0 if ok else 3)
""";

    private static (int ExitCode, string Stdout, string Stderr) Run(string script, string[] args)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }
}
