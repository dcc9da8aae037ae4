using System.Security;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// <c>include "name"</c>, <c>include file("name")</c> and <c>include required(...)</c>: the included
/// file's fields are merged in place of the statement, its substitutions made relative to the include point.
/// </summary>
internal sealed partial class HoconParser
{
    private const int MaxIncludeDepth = 32;

    private void ParseInclude(ObjectBuilder builder, ConfigPath? path)
    {
        var keyword = Next();
        SkipNewlines();
        var (name, required, asFile) = ParseIncludeTarget(keyword);
        var origin = Origin(keyword);
        var (target, text) = ReadInclude(origin, name, asFile);
        if (text is null)
        {
            if (required)
            {
                throw new ConfigurationException(origin, $"required include '{name}' was not found (looked for {target.Name})");
            }

            return;
        }

        var included = Parse(target, text, [.. _includeChain, target]);
        var relative = (ConfigObject)ConfigRewriter.Relativize(included, path ?? ConfigPath.Root);
        foreach (var (key, value) in relative)
        {
            builder.Add(key, value);
        }
    }

    private (ConfigSource Target, string? Text) ReadInclude(ConfigOrigin origin, string name, bool asFile)
    {
        try
        {
            var target = asFile ? _source.ResolveFile(name) : _source.ResolveSibling(name);
            var cycleStart = _includeChain.ToList().FindIndex(source => source.Identity == target.Identity);
            if (cycleStart >= 0)
            {
                var cycle = _includeChain.Skip(cycleStart).Select(source => source.Name).Append(target.Name);
                throw new ConfigurationException(origin, $"include cycle: {string.Join(" -> ", cycle)}");
            }

            if (_includeChain.Count >= MaxIncludeDepth)
            {
                throw new ConfigurationException(origin, $"includes are nested more than {MaxIncludeDepth} files deep");
            }

            return (target, target.ReadText());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException)
        {
            throw new ConfigurationException(origin, $"cannot include '{name}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads what follows <c>include</c>: a quoted name, optionally wrapped in <c>file(...)</c> and/or
    /// <c>required(...)</c>. The lexer sees <c>required(file(</c> as unquoted text, so the wrappers are
    /// taken apart here.
    /// </summary>
    private (string Name, bool Required, bool AsFile) ParseIncludeTarget(HoconToken keyword)
    {
        var wrappers = new List<string>();
        while (Peek is { Kind: HoconTokenKind.UnquotedText } opener && opener.Text.EndsWith('('))
        {
            _pos++;
            wrappers.AddRange(opener.Text[..^1].Split('('));
        }

        var nameToken = Peek;
        if (nameToken.Kind != HoconTokenKind.QuotedString)
        {
            throw At(nameToken, $"include must be followed by a quoted file name, file(\"...\") or required(\"...\"), got {nameToken.Describe()}");
        }

        _pos++;
        var required = false;
        var asFile = false;
        for (var i = 0; i < wrappers.Count; i++)
        {
            switch (wrappers[i].Trim())
            {
                case "required" when i == 0:
                    required = true;
                    break;
                case "file" when i == wrappers.Count - 1:
                    asFile = true;
                    break;
                case "url" or "classpath":
                    throw At(keyword, $"include {wrappers[i].Trim()}(...) is not supported; use include \"name\" or include file(\"name\")");
                default:
                    throw At(keyword, $"bad include: '{wrappers[i]}(' is not one of required( and file(, or is in the wrong place (write required(file(\"name\")))");
            }
        }

        ExpectClosingParentheses(wrappers.Count, keyword);
        return (nameToken.Text, required, asFile);
    }

    private void ExpectClosingParentheses(int count, HoconToken keyword)
    {
        while (count > 0)
        {
            var token = Peek;
            if (token.Kind != HoconTokenKind.UnquotedText || token.Text.Any(c => c != ')') || token.Text.Length > count)
            {
                throw At(token, $"bad include: expected {count} closing ')' after the file name of the include at line {keyword.Line}, got {token.Describe()}");
            }

            count -= token.Text.Length;
            _pos++;
        }
    }
}
