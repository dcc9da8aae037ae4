namespace Orchestrator.Actors.Configuration;

/// <summary>A file on disk; relative includes are looked up in its directory.</summary>
internal sealed class FileConfigSource : ConfigSource
{
    private readonly string _path;

    public FileConfigSource(string path)
    {
        _path = path;
        Identity = Path.GetFullPath(path);
    }

    public override string Name => _path;

    public override string Identity { get; }

    public override string? ReadText() => File.Exists(_path) ? File.ReadAllText(_path) : null;

    public override ConfigSource ResolveSibling(string name) =>
        new FileConfigSource(Path.IsPathRooted(name) ? name : Path.Combine(Path.GetDirectoryName(_path) ?? "", name));

    public override ConfigSource ResolveFile(string name) => ResolveSibling(name);
}
