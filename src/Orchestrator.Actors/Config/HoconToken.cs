namespace Orchestrator.Actors.Configuration;

/// <summary>
/// One lexical token. <see cref="Start"/> and <see cref="End"/> are offsets in the source, so the parser
/// can recover the whitespace between two tokens, which HOCON keeps inside string concatenations.
/// </summary>
internal readonly record struct HoconToken(HoconTokenKind Kind, string Text, int Line, int Column, int Start, int End)
{
    /// <summary>True for tokens that can be (part of) a value or a key: strings, numbers, booleans, null.</summary>
    public bool IsSimple => Kind is HoconTokenKind.QuotedString or HoconTokenKind.UnquotedText or HoconTokenKind.Number
        or HoconTokenKind.True or HoconTokenKind.False or HoconTokenKind.Null;

    public bool IsSubstitution => Kind is HoconTokenKind.Substitution or HoconTokenKind.OptionalSubstitution;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        HoconTokenKind.End => "end of input",
        HoconTokenKind.Newline => "end of line",
        HoconTokenKind.QuotedString => $"string {QuotedString.Quote(Text)}",
        HoconTokenKind.Substitution => $"substitution ${{{Text}}}",
        HoconTokenKind.OptionalSubstitution => $"substitution ${{?{Text}}}",
        _ => $"'{Text}'",
    };
}
