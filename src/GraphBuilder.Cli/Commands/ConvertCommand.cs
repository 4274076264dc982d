using System.CommandLine;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Rdf;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Cli.Commands;

/// <summary><c>graphbuilder convert INPUT -o OUTPUT [--from FMT] [--to FMT] [--base IRI]</c>: RDF syntax conversion.</summary>
public static class ConvertCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "RDF file to read, or - for standard input" };
        var output = new Option<string>("--output", "-o") { Description = "file to write, or - for standard output", Required = true };
        var from = new Option<string?>("--from") { Description = "input syntax: ntriples | nquads | turtle | trig (default: from the INPUT extension)" };
        var to = new Option<string?>("--to") { Description = "output syntax: ntriples | nquads | turtle | trig | jsonld (default: from the OUTPUT extension)" };
        var baseIri = new Option<string?>("--base") { Description = "base IRI for relative IRIs (default: the INPUT file's file: URI)" };

        var cmd = new Command("convert", "Convert RDF between N-Triples, N-Quads, Turtle, TriG and JSON-LD");
        cmd.Arguments.Add(input);
        cmd.Options.Add(output);
        cmd.Options.Add(from);
        cmd.Options.Add(to);
        cmd.Options.Add(baseIri);
        cmd.SetAction(pr => CommandRunner.Run(() => Run(
            pr.GetValue(input)!, pr.GetValue(output)!, pr.GetValue(from), pr.GetValue(to), pr.GetValue(baseIri))));
        return cmd;
    }

    private static int Run(string inputPath, string outputPath, string? fromName, string? toName, string? baseIri)
    {
        var from = ResolveFormat(fromName, inputPath, "--from", "INPUT");
        var to = ResolveFormat(toName, outputPath, "--to", "OUTPUT");
        if (baseIri != null && !IriResolver.IsAbsolute(baseIri)) throw new ArgumentException($"--base must be an absolute IRI: '{baseIri}'");
        InputFiles.Require(inputPath);
        if (outputPath != "-")
        {
            // convert (alone) creates a missing output folder: conformance runners and scripts write to out/ trees
            // that a fresh checkout does not have. Only after the input was found, so a typo creates nothing.
            var dir = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (dir != null) Directory.CreateDirectory(dir);
        }
        OutputGuard.Check(outputPath, [inputPath]);
        bool stdin = inputPath == "-";
        baseIri ??= stdin ? new Uri(Directory.GetCurrentDirectory() + Path.DirectorySeparatorChar).AbsoluteUri : RdfLoader.FileUri(inputPath);

        using var reader = stdin ? new StrictUtf8Reader(Console.OpenStandardInput(), "<stdin>") : StrictUtf8Reader.Open(inputPath);
        AtomicFile.WriteText(outputPath, w => RdfConverter.Convert(reader, from, w, to, baseIri, stdin ? "<stdin>" : inputPath));
        return 0;
    }

    private static RdfFormat ResolveFormat(string? name, string path, string option, string what)
    {
        if (name != null) return RdfFormatNames.Parse(name);
        if (path == "-") throw new ArgumentException($"{option} is required when {what} is -");
        return RdfFormatNames.FromPath(path)
            ?? throw new ArgumentException($"cannot tell the syntax of '{path}' from its extension; give {option} ({string.Join(" | ", RdfFormatNames.Names)})");
    }
}
