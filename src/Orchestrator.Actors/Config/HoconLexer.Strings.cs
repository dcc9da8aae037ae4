using System.Text;

namespace Orchestrator.Actors.Configuration;

/// <summary>Quoted strings, triple-quoted strings and substitutions.</summary>
internal sealed partial class HoconLexer
{
    private const string TripleQuote = "\"\"\"";

    private void ReadQuoted()
    {
        if (_text.AsSpan(_pos).StartsWith(TripleQuote, StringComparison.Ordinal))
        {
            ReadTripleQuoted();
            return;
        }

        var start = _pos;
        var value = new StringBuilder();
        var pos = _pos;
        if (!QuotedString.TryRead(_text, ref pos, value, out var error))
        {
            throw Error(pos, error!);
        }

        Emit(HoconTokenKind.QuotedString, start, pos, value.ToString());
    }

    /// <summary>
    /// Reads <c>"""raw text"""</c>: no escapes, newlines allowed. Quotes just before the closing three
    /// belong to the content, so <c>""""a""""</c> is <c>"a"</c>.
    /// </summary>
    private void ReadTripleQuoted()
    {
        var start = _pos;
        var (line, column) = (_line, Column(_pos));
        var close = _text.IndexOf(TripleQuote, start + 3, StringComparison.Ordinal);
        if (close < 0)
        {
            throw Error(start, "unterminated triple-quoted string (missing closing \"\"\")");
        }

        var end = close + 3;
        while (end < _text.Length && _text[end] == '"')
        {
            end++;
        }

        var content = _text[(start + 3)..(end - 3)];
        _tokens.Add(new HoconToken(HoconTokenKind.QuotedString, content, line, column, start, end));
        for (var i = start; i < end; i++)
        {
            if (_text[i] == '\n')
            {
                _line++;
                _lineStart = i + 1;
            }
        }

        _pos = end;
    }

    /// <summary>Reads <c>${path}</c> or <c>${?path}</c>; the path itself is parsed by <see cref="ConfigPath"/>.</summary>
    private void ReadSubstitution()
    {
        var start = _pos;
        if (Peek(1) != '{')
        {
            throw Error(start, "'$' is reserved: a substitution is written ${path}; quote the string to use '$' literally");
        }

        var optional = Peek(2) == '?';
        var inner = start + (optional ? 3 : 2);
        var pos = inner;
        var scratch = new StringBuilder();
        while (pos < _text.Length && _text[pos] != '}' && _text[pos] != '\n')
        {
            if (_text[pos] == '"')
            {
                if (!QuotedString.TryRead(_text, ref pos, scratch, out var error))
                {
                    throw Error(pos, error!);
                }
            }
            else
            {
                pos++;
            }
        }

        if (pos >= _text.Length || _text[pos] != '}')
        {
            throw Error(start, "unterminated substitution: '${' has no closing '}' on the same line");
        }

        var path = _text[inner..pos];
        if (path.Trim().Length == 0)
        {
            throw Error(start, "empty substitution: write the path to substitute, as in ${orch.system-name}");
        }

        Emit(optional ? HoconTokenKind.OptionalSubstitution : HoconTokenKind.Substitution, start, pos + 1, path);
    }
}
