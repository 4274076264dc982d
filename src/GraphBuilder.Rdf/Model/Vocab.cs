namespace GraphBuilder.Rdf;

/// <summary>Namespace and term IRIs used throughout the library.</summary>
public static class Vocab
{
    /// <summary>rdf: namespace.</summary>
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// <summary>rdfs: namespace.</summary>
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    /// <summary>xsd: namespace.</summary>
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    /// <summary>owl: namespace.</summary>
    public const string Owl = "http://www.w3.org/2002/07/owl#";

    /// <summary>rdf:type.</summary>
    public const string RdfType = Rdf + "type";
    /// <summary>rdf:first.</summary>
    public const string RdfFirst = Rdf + "first";
    /// <summary>rdf:rest.</summary>
    public const string RdfRest = Rdf + "rest";
    /// <summary>rdf:nil.</summary>
    public const string RdfNil = Rdf + "nil";
    /// <summary>rdf:langString.</summary>
    public const string RdfLangString = Rdf + "langString";
    /// <summary>xsd:string.</summary>
    public const string XsdString = Xsd + "string";
    /// <summary>xsd:integer.</summary>
    public const string XsdInteger = Xsd + "integer";
    /// <summary>xsd:decimal.</summary>
    public const string XsdDecimal = Xsd + "decimal";
    /// <summary>xsd:double.</summary>
    public const string XsdDouble = Xsd + "double";
    /// <summary>xsd:boolean.</summary>
    public const string XsdBoolean = Xsd + "boolean";
    /// <summary>xsd:date.</summary>
    public const string XsdDate = Xsd + "date";
    /// <summary>xsd:dateTime.</summary>
    public const string XsdDateTime = Xsd + "dateTime";
}
