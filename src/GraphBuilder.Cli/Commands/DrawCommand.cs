using System.CommandLine;
using GraphBuilder.Cli.Infrastructure;
using GraphBuilder.Graph.Export;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// <c>graphbuilder draw KG... --view ... -o OUT.svg|.html</c>: lays a relationship view out and draws it as an SVG
/// picture or a self-contained, offline HTML explorer.
/// </summary>
public static class DrawCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var cmd = new Command("draw", "Draw a relationship view: an SVG picture or an offline HTML explorer (pan, zoom, search, details).");
        var o = new ViewsCommand.ViewOptions(cmd);
        var output = new Option<string>("--output", "-o") { Description = "Output .svg or .html file", Required = true };
        cmd.Options.Add(output);
        cmd.SetAction(parse => CommandRunner.Run(() =>
        {
            var path = parse.GetValue(output)!;
            if (path == "-") throw new ArgumentException("draw writes a file (.svg or .html), not standard output: give -o NAME.svg or NAME.html");
            var format = ExportFormats.FromPath(path);
            if (format is not (ExportFormat.Svg or ExportFormat.Html))
                throw new ArgumentException($"draw writes .svg or .html, not '{Path.GetExtension(path)}' (use 'graphbuilder views' for data formats)");
            var files = o.InputFiles(parse);
            OutputGuard.Check(path, files);
            var view = o.BuildView(parse, files);
            ViewsCommand.Export(view, format, path);
            Console.Error.WriteLine($"graphbuilder: drew view {view.Name}: {view.NodeCount} nodes, {view.EdgeCount} edges -> {path}");
            return 0;
        }));
        return cmd;
    }
}
