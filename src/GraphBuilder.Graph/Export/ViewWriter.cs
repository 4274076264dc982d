using GraphBuilder.Graph.Drawing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Rdf.Formats;

namespace GraphBuilder.Graph.Export;

/// <summary>Writes a view in any <see cref="ExportFormat"/> but CSV (two tables: see <see cref="CsvExporter"/>).</summary>
public sealed class ViewWriter
{
    /// <summary>Add yEd node graphics to GraphML.</summary>
    public bool Yed { get; init; }

    /// <summary>Writes RDF for <see cref="ExportFormat.Turtle"/> (the project's Turtle writer).</summary>
    public IRdfWriter? TurtleWriter { get; init; }

    /// <summary>Writes <paramref name="view"/> to <paramref name="output"/>.</summary>
    public void Write(RelationView view, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.GraphML: new GraphMLExporter { Yed = Yed }.Write(view, output); break;
            case ExportFormat.Gexf: new GexfExporter().Write(view, output); break;
            case ExportFormat.Svg: new SvgRenderer().Write(view, output); break;
            case ExportFormat.Dot: Text(output, w => new DotExporter().Write(view, w)); break;
            case ExportFormat.Html: Text(output, w => new HtmlExplorer().Write(view, w)); break;
            case ExportFormat.Turtle:
                var writer = TurtleWriter ?? throw new NotSupportedException("no Turtle writer was given for the .ttl export");
                Text(output, w => ViewRdf.Write(view, writer, w));
                break;
            case ExportFormat.Csv: Text(output, w => new CsvExporter().WriteNodes(view, w)); break;
            default: throw new NotSupportedException($"format {format}");
        }
    }

    private static void Text(Stream output, Action<TextWriter> write)
    {
        using var w = new StreamWriter(output, ExportText.Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        write(w);
        w.Flush();
    }
}
