namespace Orchestrator.Actors.Configuration;

internal enum HoconTokenKind
{
    End,
    Newline,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    Equals,
    PlusEquals,
    QuotedString,
    UnquotedText,
    Number,
    True,
    False,
    Null,
    Substitution,
    OptionalSubstitution,
}
