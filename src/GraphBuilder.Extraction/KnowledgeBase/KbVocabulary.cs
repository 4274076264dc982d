namespace GraphBuilder.Extraction.KnowledgeBase;

/// <summary>Namespaces and terms of the knowledge-base vocabulary (ontology/README.md) and of the output contract.</summary>
public static class KbVocabulary
{
    /// <summary>kb: knowledge-base entities.</summary>
    public const string Kb = "https://w3id.org/graphbuilder/kb/";
    /// <summary>gb: the project's own terms.</summary>
    public const string Gb = "https://w3id.org/graphbuilder/ns#";
    /// <summary>lex: lexicon entries.</summary>
    public const string Lex = "https://w3id.org/graphbuilder/lex/";
    /// <summary>role: role individuals.</summary>
    public const string Role = "https://w3id.org/graphbuilder/role/";
    /// <summary>schema.org.</summary>
    public const string Schema = "https://schema.org/";
    /// <summary>W3C Organization Ontology.</summary>
    public const string Org = "http://www.w3.org/ns/org#";
    /// <summary>PROV-O.</summary>
    public const string Prov = "http://www.w3.org/ns/prov#";
    /// <summary>Dublin Core terms.</summary>
    public const string Dcterms = "http://purl.org/dc/terms/";
    /// <summary>SKOS.</summary>
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    /// <summary>Simple Event Model.</summary>
    public const string Sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    /// <summary>Wikidata entities.</summary>
    public const string Wd = "http://www.wikidata.org/entity/";
    /// <summary>NIF 2.0 core.</summary>
    public const string Nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    /// <summary>The prefixes the output uses (kg-contract.md), in a fixed order.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Namespace)> OutputPrefixes =
    [
        ("rdf", GraphBuilder.Rdf.Vocab.Rdf), ("rdfs", GraphBuilder.Rdf.Vocab.Rdfs), ("xsd", GraphBuilder.Rdf.Vocab.Xsd),
        ("owl", GraphBuilder.Rdf.Vocab.Owl), ("skos", Skos), ("schema", Schema), ("org", Org), ("prov", Prov),
        ("dcterms", Dcterms), ("sem", Sem), ("wd", Wd), ("gb", Gb), ("role", Role),
    ];
}
