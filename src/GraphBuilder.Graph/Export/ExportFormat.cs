namespace GraphBuilder.Graph.Export;

/// <summary>The formats a view is exported to.</summary>
public enum ExportFormat
{
    /// <summary>GraphML 1.1 (.graphml): Gephi, yEd, Cytoscape, networkx.</summary>
    GraphML,
    /// <summary>GEXF 1.3 (.gexf): Gephi's own format, with viz colours and sizes.</summary>
    Gexf,
    /// <summary>Graphviz DOT (.dot, .gv).</summary>
    Dot,
    /// <summary>CSV node and edge tables (.csv: nodes to the file, edges beside it as NAME.edges.csv).</summary>
    Csv,
    /// <summary>Turtle (.ttl): the view's nodes, edges and measures as RDF.</summary>
    Turtle,
    /// <summary>An SVG picture (.svg).</summary>
    Svg,
    /// <summary>A self-contained interactive HTML page (.html).</summary>
    Html,
}

/// <summary>Maps file extensions and names to <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    /// <summary>The format for an output path's extension; throws <see cref="ArgumentException"/> for an unknown one.</summary>
    public static ExportFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".graphml" => ExportFormat.GraphML,
        ".gexf" => ExportFormat.Gexf,
        ".dot" or ".gv" => ExportFormat.Dot,
        ".csv" => ExportFormat.Csv,
        ".ttl" => ExportFormat.Turtle,
        ".svg" => ExportFormat.Svg,
        ".html" or ".htm" => ExportFormat.Html,
        var ext => throw new ArgumentException($"cannot tell the format of '{path}' from its extension '{ext}' (expected .graphml, .gexf, .dot, .csv, .ttl, .svg or .html, or give --format)"),
    };

    /// <summary>Parses a --format name.</summary>
    public static ExportFormat Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "graphml" => ExportFormat.GraphML,
        "gexf" => ExportFormat.Gexf,
        "dot" or "graphviz" or "gv" => ExportFormat.Dot,
        "csv" => ExportFormat.Csv,
        "ttl" or "turtle" => ExportFormat.Turtle,
        "svg" => ExportFormat.Svg,
        "html" => ExportFormat.Html,
        _ => throw new ArgumentException($"unknown view format '{name}' (expected graphml, gexf, dot, csv, turtle, svg or html)"),
    };
}
