namespace GraphBuilder.Rdf.Sparql.Syntax;

/// <summary>Kinds of SPARQL tokens.</summary>
internal enum TokenKind
{
    Eof, IriRef, PrefixedName, BlankNodeLabel, Variable, LangTag, Integer, Decimal, Double, String, Word, Punct,
}

/// <summary>One token: <see cref="Text"/> is the decoded value (IRI without brackets, string content, variable name, upper-cased keyword, punctuation).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, string? Extra = null)
{
    public bool Is(string punctOrWord) => (Kind == TokenKind.Punct || Kind == TokenKind.Word) && Text == punctOrWord;
    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "end of query",
        TokenKind.IriRef => "<" + Text + ">",
        TokenKind.Variable => "?" + Text,
        TokenKind.String => "\"" + Text + "\"",
        TokenKind.PrefixedName => Extra + ":" + Text,
        _ => "'" + Text + "'",
    };
}
