namespace GraphBuilder.Rdf.Formats.Turtle;

/// <summary>The terminals of the Turtle and TriG grammars.</summary>
internal enum TokenKind
{
    Eof,
    IriRef,
    PNameNs,
    PNameLn,
    BlankNodeLabel,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Dot,
    Semicolon,
    Comma,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    OpenBrace,
    CloseBrace,
    DoubleCaret,
    A,
    True,
    False,
    AtPrefix,
    AtBase,
    SparqlPrefix,
    SparqlBase,
    Graph,
}

/// <summary>One token: its kind, its text (IRI, prefix, label, lexical form or string value), the local part of a prefixed name, and where it started.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, string Local, long Line, long Column)
{
    /// <summary>How the token is shown in error messages.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Eof => "end of input",
        TokenKind.IriRef => $"<{Text}>",
        TokenKind.PNameNs => $"'{Text}:'",
        TokenKind.PNameLn => $"'{Text}:{Local}'",
        TokenKind.BlankNodeLabel => $"'_:{Text}'",
        TokenKind.LangTag => $"'@{Text}'",
        TokenKind.String => "a string",
        TokenKind.Integer or TokenKind.Decimal or TokenKind.Double => $"number '{Text}'",
        _ => $"'{Text}'",
    };
}
