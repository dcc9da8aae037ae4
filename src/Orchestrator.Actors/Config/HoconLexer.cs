namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Splits HOCON text into tokens in one pass. Comments and whitespace are dropped (whitespace stays
/// recoverable from token offsets); newlines are tokens because they separate fields.
/// </summary>
internal sealed partial class HoconLexer
{
    private readonly string _text;
    private readonly string _source;
    private readonly List<HoconToken> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private HoconLexer(string text, string source)
    {
        _text = text;
        _source = source;
    }

    /// <summary>The characters HOCON reserves outside quoted strings.</summary>
    public static bool IsForbidden(char c) => c is '$' or '"' or '{' or '}' or '[' or ']' or ':' or '=' or ',' or '+'
        or '#' or '`' or '^' or '?' or '!' or '@' or '*' or '&' or '\\';

    /// <summary>Whitespace other than the newline, which is a token of its own.</summary>
    public static bool IsWhitespace(char c) => c != '\n' && (char.IsWhiteSpace(c) || c == '\uFEFF');

    public static List<HoconToken> Tokenize(string text, string source)
    {
        var lexer = new HoconLexer(text, source);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                Emit(HoconTokenKind.Newline, _pos, _pos + 1, "\n");
                _line++;
                _lineStart = _pos;
            }
            else if (IsWhitespace(c))
            {
                _pos++;
            }
            else if (c == '#' || IsCommentStart(_pos))
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                ReadToken(c);
            }
        }

        _tokens.Add(new HoconToken(HoconTokenKind.End, "", _line, Column(_pos), _pos, _pos));
    }

    private void ReadToken(char c)
    {
        switch (c)
        {
            case '{': Emit(HoconTokenKind.OpenBrace, _pos, _pos + 1, "{"); break;
            case '}': Emit(HoconTokenKind.CloseBrace, _pos, _pos + 1, "}"); break;
            case '[': Emit(HoconTokenKind.OpenBracket, _pos, _pos + 1, "["); break;
            case ']': Emit(HoconTokenKind.CloseBracket, _pos, _pos + 1, "]"); break;
            case ',': Emit(HoconTokenKind.Comma, _pos, _pos + 1, ","); break;
            case ':': Emit(HoconTokenKind.Colon, _pos, _pos + 1, ":"); break;
            case '=': Emit(HoconTokenKind.Equals, _pos, _pos + 1, "="); break;
            case '"': ReadQuoted(); break;
            case '$': ReadSubstitution(); break;
            case '+' when Peek(1) == '=': Emit(HoconTokenKind.PlusEquals, _pos, _pos + 2, "+="); break;
            default:
                if (IsForbidden(c))
                {
                    throw Error(_pos, $"reserved character '{c}' is not allowed outside quotes; quote the string that contains it");
                }

                if (c == '-' || char.IsAsciiDigit(c))
                {
                    ReadNumber();
                }
                else
                {
                    ReadUnquoted();
                }

                break;
        }
    }

    /// <summary>Reads the longest JSON number here, or unquoted text when there is none (<c>-foo</c>).</summary>
    private void ReadNumber()
    {
        var start = _pos;
        var end = _pos + (_text[_pos] == '-' ? 1 : 0);
        var digits = SkipDigits(end);
        if (digits == end)
        {
            ReadUnquoted();
            return;
        }

        end = digits;
        if (Peek(end - _pos) == '.' && SkipDigits(end + 1) is var fraction && fraction > end + 1)
        {
            end = fraction;
        }

        if (Peek(end - _pos) is 'e' or 'E')
        {
            var exponent = end + 1;
            if (Peek(exponent - _pos) is '+' or '-')
            {
                exponent++;
            }

            if (SkipDigits(exponent) is var exponentEnd && exponentEnd > exponent)
            {
                end = exponentEnd;
            }
        }

        Emit(HoconTokenKind.Number, start, end, _text[start..end]);
    }

    /// <summary>Reads unquoted text; a leading <c>true</c>, <c>false</c> or <c>null</c> is a token of its own.</summary>
    private void ReadUnquoted()
    {
        var start = _pos;
        var end = _pos;
        while (end < _text.Length && !IsForbidden(_text[end]) && _text[end] != '\n' && !IsWhitespace(_text[end]) && !IsCommentStart(end))
        {
            end++;
        }

        var text = _text[start..end];
        foreach (var (keyword, kind) in Keywords)
        {
            if (text.StartsWith(keyword, StringComparison.Ordinal))
            {
                Emit(kind, start, start + keyword.Length, keyword);
                if (text.Length > keyword.Length)
                {
                    Emit(HoconTokenKind.UnquotedText, start + keyword.Length, end, text[keyword.Length..]);
                }

                return;
            }
        }

        Emit(HoconTokenKind.UnquotedText, start, end, text);
    }

    private static readonly (string Keyword, HoconTokenKind Kind)[] Keywords =
    [
        ("true", HoconTokenKind.True),
        ("false", HoconTokenKind.False),
        ("null", HoconTokenKind.Null),
    ];

    private int SkipDigits(int from)
    {
        while (from < _text.Length && char.IsAsciiDigit(_text[from]))
        {
            from++;
        }

        return from;
    }

    private bool IsCommentStart(int at) => _text[at] == '/' && at + 1 < _text.Length && _text[at + 1] == '/';

    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private int Column(int at) => at - _lineStart + 1;

    private void Emit(HoconTokenKind kind, int start, int end, string text)
    {
        _tokens.Add(new HoconToken(kind, text, _line, Column(start), start, end));
        _pos = end;
    }

    private ConfigurationException Error(int at, string message) =>
        new(new ConfigOrigin(_source, _line, Column(at)), message);
}
