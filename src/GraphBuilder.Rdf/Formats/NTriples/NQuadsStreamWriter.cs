namespace GraphBuilder.Rdf.Formats;

/// <summary>An <see cref="IRdfHandler"/> that writes each statement as N-Quads the moment it arrives (default-graph statements without a graph term).</summary>
public sealed class NQuadsStreamWriter : NTriplesStreamWriter
{
    /// <summary>Creates the writer over <paramref name="output"/> (flushed, not closed, at <see cref="NTriplesStreamWriter.EndRdf"/>).</summary>
    public NQuadsStreamWriter(TextWriter output) : base(output, true) { }
}
