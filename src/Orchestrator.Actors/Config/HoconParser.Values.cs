using System.Text;

namespace Orchestrator.Actors.Configuration;

/// <summary>Keys, values, value concatenation, objects and lists.</summary>
internal sealed partial class HoconParser
{
    /// <summary>
    /// Parses a key path expression: <c>a.b."c.d"</c> is three keys. Dots split keys outside quotes,
    /// also inside numbers (<c>10.5</c> is keys <c>10</c> and <c>5</c>); whitespace between parts is kept.
    /// </summary>
    private (ConfigPath Path, string Text) ParseKey()
    {
        var first = Peek;
        if (first.IsSubstitution)
        {
            throw At(first, "substitutions are not allowed in keys");
        }

        if (!first.IsSimple)
        {
            throw At(first, $"expected a key, got {first.Describe()}");
        }

        if (first.Kind == HoconTokenKind.UnquotedText && !first.Text.Contains('.', StringComparison.Ordinal) && _tokens[_pos + 1] is { IsSimple: false, IsSubstitution: false })
        {
            _pos++;
            return (ConfigPath.Of(first.Text), first.Text);
        }

        var keys = new List<string>();
        var key = new StringBuilder();
        var quoted = false;
        var previous = first;
        while (Peek.IsSimple)
        {
            var token = Next();
            if (token.Start > previous.End)
            {
                key.Append(_text, previous.End, token.Start - previous.End);
            }

            if (token.Kind == HoconTokenKind.QuotedString)
            {
                key.Append(token.Text);
                quoted = true;
            }
            else
            {
                var pieces = token.Text.Split('.');
                key.Append(pieces[0]);
                for (var i = 1; i < pieces.Length; i++)
                {
                    EndKey(keys, key, ref quoted, first);
                    key.Append(pieces[i]);
                }
            }

            previous = token;
        }

        if (Peek.IsSubstitution)
        {
            throw At(Peek, "substitutions are not allowed in keys");
        }

        EndKey(keys, key, ref quoted, first);
        return (ConfigPath.Of([.. keys]), _text[first.Start..previous.End]);
    }

    private void EndKey(List<string> keys, StringBuilder key, ref bool quoted, HoconToken first)
    {
        if (key.Length == 0 && !quoted)
        {
            throw At(first, $"bad key '{_text[first.Start..Math.Max(first.End, _tokens[_pos - 1].End)]}': it has an empty path element (quote an empty key as \"\")");
        }

        keys.Add(key.ToString());
        key.Clear();
        quoted = false;
    }

    /// <summary>
    /// Parses the values written side by side up to the end of the line, a ',' or a closing bracket, and
    /// joins them (<see cref="ConfigConcatenation.Combine"/>). <paramref name="path"/> is where the value
    /// lives, or null inside a list.
    /// </summary>
    private ConfigValue ParseValue(ConfigPath? path, string what)
    {
        var first = Peek;
        if (!StartsValue(first))
        {
            throw At(first, $"missing value for {what}: found {first.Describe()}");
        }

        var single = ParseSingleValue(path);
        if (!StartsValue(Peek))
        {
            return single;
        }

        var parts = new List<ConcatenationPart> { new("", single) };
        while (StartsValue(Peek))
        {
            var gap = _text[_tokens[_pos - 1].End..Peek.Start];
            parts.Add(new ConcatenationPart(gap, ParseSingleValue(path)));
        }

        return ConfigConcatenation.Combine(parts, Origin(first));
    }

    private static bool StartsValue(HoconToken token) =>
        token.IsSimple || token.IsSubstitution || token.Kind is HoconTokenKind.OpenBrace or HoconTokenKind.OpenBracket;

    private ConfigValue ParseSingleValue(ConfigPath? path)
    {
        var token = Next();
        var origin = Origin(token);
        switch (token.Kind)
        {
            case HoconTokenKind.QuotedString or HoconTokenKind.UnquotedText:
                return ConfigScalar.String(origin, token.Text);
            case HoconTokenKind.Number:
                return ConfigScalar.Number(origin, token.Text);
            case HoconTokenKind.True or HoconTokenKind.False:
                return ConfigScalar.Boolean(origin, token.Kind == HoconTokenKind.True);
            case HoconTokenKind.Null:
                return ConfigScalar.Null(origin);
            case HoconTokenKind.Substitution or HoconTokenKind.OptionalSubstitution:
                var substituted = ConfigPath.Parse(token.Text, origin);
                return new ConfigSubstitution(origin, substituted, token.Kind == HoconTokenKind.OptionalSubstitution, substituted.ToEnvironmentName());
            default:
                return ParseNested(token, path);
        }
    }

    private ConfigValue ParseNested(HoconToken open, ConfigPath? path)
    {
        if (++_nesting > MaxNesting)
        {
            throw At(open, $"objects and lists are nested more than {MaxNesting} levels deep");
        }

        StackGuard.Ensure(Origin(open));
        ConfigValue result;
        if (open.Kind == HoconTokenKind.OpenBrace)
        {
            var builder = new ObjectBuilder(Origin(open));
            ParseFields(builder, path, open);
            result = builder.Build();
        }
        else
        {
            result = ParseList(open);
        }

        _nesting--;
        return result;
    }

    private ConfigList ParseList(HoconToken open)
    {
        var items = new List<ConfigValue>();
        while (true)
        {
            SkipNewlines();
            var token = Peek;
            switch (token.Kind)
            {
                case HoconTokenKind.CloseBracket:
                    _pos++;
                    return new ConfigList(Origin(open), [.. items]);
                case HoconTokenKind.End:
                    throw At(token, $"end of input inside a list: the '[' at line {open.Line}, column {open.Column} is never closed");
                case HoconTokenKind.Comma:
                    throw At(token, "unexpected ',' in a list: expected a value (two commas in a row, or a comma before the first value)");
            }

            items.Add(ParseValue(null, "a list element"));
            token = Peek;
            if (token.Kind == HoconTokenKind.Comma)
            {
                _pos++;
            }
            else if (token.Kind is not (HoconTokenKind.Newline or HoconTokenKind.CloseBracket or HoconTokenKind.End))
            {
                throw At(token, $"unexpected {token.Describe()} in a list; separate values with ',' or a newline");
            }
        }
    }
}
