namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Recursive-descent parser from tokens to an unresolved tree. Objects are built field by field with
/// HOCON's merge rule; substitutions stay in the tree until the whole configuration is resolved.
/// </summary>
internal sealed partial class HoconParser
{
    private const int MaxNesting = 256;

    private readonly string _text;
    private readonly ConfigSource _source;
    private readonly List<HoconToken> _tokens;
    private readonly IReadOnlyList<ConfigSource> _includeChain;
    private int _pos;
    private int _nesting;

    private HoconParser(ConfigSource source, string text, IReadOnlyList<ConfigSource> includeChain)
    {
        _source = source;
        _text = text;
        _includeChain = includeChain;
        _tokens = HoconLexer.Tokenize(text, source.Name);
    }

    /// <summary>Parses <paramref name="text"/> read from <paramref name="source"/> into its root object.</summary>
    public static ConfigObject Parse(ConfigSource source, string text) => Parse(source, text, [source]);

    private static ConfigObject Parse(ConfigSource source, string text, IReadOnlyList<ConfigSource> includeChain) =>
        new HoconParser(source, text, includeChain).ParseRoot();

    private HoconToken Peek => _tokens[_pos];

    private ConfigObject ParseRoot()
    {
        SkipNewlines();
        var first = Peek;
        if (first.Kind == HoconTokenKind.OpenBracket)
        {
            throw At(first, "a configuration must be an object, but this one is a list");
        }

        if (first.Kind != HoconTokenKind.OpenBrace)
        {
            var builder = new ObjectBuilder(Origin(first));
            ParseFields(builder, ConfigPath.Root, open: null);
            return builder.Build();
        }

        var root = (ConfigObject)ParseSingleValue(ConfigPath.Root);
        SkipNewlines();
        if (Peek.Kind != HoconTokenKind.End)
        {
            throw At(Peek, $"unexpected {Peek.Describe()} after the '}}' that closes the root object");
        }

        return root;
    }

    /// <summary>Parses fields up to the '}' matching <paramref name="open"/>, or to the end for an unbraced root.</summary>
    private void ParseFields(ObjectBuilder builder, ConfigPath? path, HoconToken? open)
    {
        while (true)
        {
            SkipNewlines();
            var token = Peek;
            switch (token.Kind)
            {
                case HoconTokenKind.End when open is { } brace:
                    throw At(token, $"end of input inside an object: the '{{' at line {brace.Line}, column {brace.Column} is never closed");
                case HoconTokenKind.End:
                    return;
                case HoconTokenKind.CloseBrace when open is null:
                    throw At(token, "unexpected '}' without a matching '{'");
                case HoconTokenKind.CloseBrace:
                    _pos++;
                    return;
                case HoconTokenKind.Comma:
                    throw At(token, "unexpected ',': expected a field (two commas in a row, or a comma before the first field)");
            }

            var key = ParseField(builder, path);
            token = Peek;
            if (token.Kind == HoconTokenKind.Comma)
            {
                _pos++;
            }
            else if (token.Kind is not (HoconTokenKind.Newline or HoconTokenKind.End or HoconTokenKind.CloseBrace))
            {
                throw At(token, $"unexpected {token.Describe()} after the value of '{key}'; put each field on its own line or separate fields with ',' (and quote strings that contain reserved characters)");
            }
        }
    }

    /// <summary>Parses one field or include statement into <paramref name="builder"/>; returns the key for messages.</summary>
    private string ParseField(ObjectBuilder builder, ConfigPath? path)
    {
        var first = Peek;
        if (first is { Kind: HoconTokenKind.UnquotedText, Text: "include" })
        {
            ParseInclude(builder, path);
            return "include";
        }

        var (keyPath, keyText) = ParseKey();
        var fieldPath = path?.Concat(keyPath);
        var separator = Peek;
        ConfigValue value;
        switch (separator.Kind)
        {
            case HoconTokenKind.Equals or HoconTokenKind.Colon:
                _pos++;
                value = ParseValue(fieldPath, $"'{keyText}'");
                break;
            case HoconTokenKind.PlusEquals:
                _pos++;
                value = Append(fieldPath ?? keyPath, ParseValue(fieldPath, $"'{keyText}'"), Origin(separator));
                break;
            case HoconTokenKind.OpenBrace:
                value = ParseValue(fieldPath, $"'{keyText}'");
                break;
            case HoconTokenKind.Newline or HoconTokenKind.End:
                throw At(separator, $"key '{keyText}' has no value: expected '=', ':' or '{{' after it");
            default:
                throw At(separator, $"expected '=', ':' or '{{' after key '{keyText}', got {separator.Describe()}");
        }

        if (fieldPath is not null)
        {
            value = ConfigRewriter.MarkSelfReferences(value, fieldPath);
        }

        for (var i = keyPath.Length - 1; i > 0; i--)
        {
            value = ConfigObject.Single(Origin(first), keyPath[i], value);
        }

        builder.Add(keyPath[0], value);
        return keyText;
    }

    /// <summary><c>a += b</c> means <c>a = ${?a} [b]</c>, where <c>${?a}</c> is the earlier value of the same field.</summary>
    private static ConfigConcatenation Append(ConfigPath fieldPath, ConfigValue element, ConfigOrigin origin)
    {
        var earlier = new ConfigSelfReference(new ConfigSubstitution(origin, fieldPath, optional: true, environmentName: null), ConfigPath.Root, null);
        return (ConfigConcatenation)ConfigConcatenation.Combine(
            [new ConcatenationPart("", earlier), new ConcatenationPart("", new ConfigList(element.Origin, [element]))],
            origin);
    }

    private void SkipNewlines()
    {
        while (Peek.Kind == HoconTokenKind.Newline)
        {
            _pos++;
        }
    }

    private HoconToken Next()
    {
        var token = _tokens[_pos];
        if (token.Kind != HoconTokenKind.End)
        {
            _pos++;
        }

        return token;
    }

    private ConfigOrigin Origin(HoconToken token) => new(_source.Name, token.Line, token.Column);

    private ConfigurationException At(HoconToken token, string message) => new(Origin(token), message);
}
