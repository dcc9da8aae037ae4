using System.Reflection;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// A resource embedded in an assembly, such as a module's <c>reference.conf</c>. An include names a
/// sibling resource: <c>include "dispatch.conf"</c> in <c>Orchestrator.Actors.reference.conf</c> reads
/// <c>Orchestrator.Actors.dispatch.conf</c>; a name starting with '/' is taken as a full resource name.
/// </summary>
internal sealed class ResourceConfigSource : ConfigSource
{
    private readonly Assembly _assembly;

    public ResourceConfigSource(Assembly assembly, string resourceName)
    {
        _assembly = assembly;
        Name = resourceName;
    }

    public override string Name { get; }

    public override string Identity => $"{_assembly.FullName}!{Name}";

    public override string? ReadText()
    {
        using var stream = _assembly.GetManifestResourceStream(Name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public override ConfigSource ResolveSibling(string name)
    {
        if (name.StartsWith('/'))
        {
            return new ResourceConfigSource(_assembly, name.TrimStart('/').Replace('/', '.'));
        }

        // Resource names are dotted: the "directory" is everything before the file name and its extension.
        var lastDot = Name.LastIndexOf('.');
        var directoryEnd = lastDot > 0 ? Name.LastIndexOf('.', lastDot - 1) : -1;
        var relative = name.Replace('/', '.');
        return new ResourceConfigSource(_assembly, directoryEnd > 0 ? $"{Name[..directoryEnd]}.{relative}" : relative);
    }
}
