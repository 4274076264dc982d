using GraphBuilder.Rdf.Sparql.Algebra;

namespace GraphBuilder.Rdf.Sparql;

/// <summary>A parsed SPARQL query (dotNetRDF's <c>SparqlQuery</c>): its form, dataset clauses and algebra.</summary>
public sealed class SparqlQuery
{
    internal SparqlQuery(SparqlQueryType type, AlgebraOperator algebra, IReadOnlyList<string> variables,
        IReadOnlyList<string> defaultGraphs, IReadOnlyList<string> namedGraphs, string? baseUri,
        IReadOnlyList<TriplePattern>? template, IReadOnlyList<PatternTerm>? describeTerms, bool hasOrderBy)
    {
        QueryType = type;
        Algebra = algebra;
        Variables = variables;
        DefaultGraphs = defaultGraphs;
        NamedGraphs = namedGraphs;
        BaseUri = baseUri;
        ConstructTemplate = template ?? Array.Empty<TriplePattern>();
        DescribeTerms = describeTerms ?? Array.Empty<PatternTerm>();
        HasOrderBy = hasOrderBy;
    }

    /// <summary>SELECT, ASK, CONSTRUCT or DESCRIBE.</summary>
    public SparqlQueryType QueryType { get; }

    /// <summary>The query's algebra expression (after translation, before optimisation).</summary>
    public AlgebraOperator Algebra { get; }

    /// <summary>SELECT: the result variables (without '?'), in order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>FROM IRIs (absolute), in order.</summary>
    public IReadOnlyList<string> DefaultGraphs { get; }

    /// <summary>FROM NAMED IRIs (absolute), in order.</summary>
    public IReadOnlyList<string> NamedGraphs { get; }

    /// <summary>The base IRI the query was parsed with (after any BASE), or null.</summary>
    public string? BaseUri { get; }

    /// <summary>CONSTRUCT: the template.</summary>
    public IReadOnlyList<TriplePattern> ConstructTemplate { get; }

    /// <summary>DESCRIBE: the resources or variables to describe.</summary>
    public IReadOnlyList<PatternTerm> DescribeTerms { get; }

    /// <summary>True when the query has ORDER BY (its solutions come in a defined order).</summary>
    public bool HasOrderBy { get; }

    /// <inheritdoc />
    public override string ToString() => $"{QueryType} {Algebra}";
}
