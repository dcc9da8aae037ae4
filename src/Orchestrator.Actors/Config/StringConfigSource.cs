namespace Orchestrator.Actors.Configuration;

/// <summary>Text given as a string; its includes are files relative to the current directory.</summary>
internal sealed class StringConfigSource : ConfigSource
{
    private readonly string _text;

    public StringConfigSource(string name, string text)
    {
        Name = name;
        _text = text;
    }

    public override string Name { get; }

    public override string Identity => "string:" + Name;

    public override string? ReadText() => _text;

    public override ConfigSource ResolveSibling(string name) => new FileConfigSource(name);
}
