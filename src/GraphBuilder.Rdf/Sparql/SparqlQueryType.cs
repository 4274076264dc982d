namespace GraphBuilder.Rdf.Sparql;

/// <summary>The four query forms.</summary>
public enum SparqlQueryType
{
    /// <summary>SELECT.</summary>
    Select,
    /// <summary>ASK.</summary>
    Ask,
    /// <summary>CONSTRUCT.</summary>
    Construct,
    /// <summary>DESCRIBE.</summary>
    Describe,
}
