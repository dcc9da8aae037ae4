using System.Reflection;
using System.Security;

namespace Orchestrator.Actors.Configuration;

/// <summary>
/// Entry points that read HOCON into a <see cref="Config"/>. Parsing is eager (syntax errors are thrown
/// here, with file, line and column); substitutions are resolved lazily on first read, after any
/// <see cref="Config.WithFallback"/> layering.
/// </summary>
public static class ConfigurationFactory
{
    /// <summary>The configuration with no settings (<see cref="Config.Empty"/>).</summary>
    public static Config Empty => Config.Empty;

    /// <summary>Parses HOCON text; <c>include</c> statements in it are files relative to the current directory.</summary>
    public static Config ParseString(string hocon, string sourceName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(hocon);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new Config(HoconParser.Parse(new StringConfigSource(sourceName, hocon), hocon));
    }

    /// <summary>Parses a HOCON file; its includes are relative to its directory. A missing file is an error.</summary>
    public static Config ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileConfigSource source;
        string? text;
        try
        {
            source = new FileConfigSource(path);
            text = source.ReadText();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException)
        {
            throw new ConfigurationException($"cannot read configuration file '{path}': {e.Message}", e);
        }

        return new Config(HoconParser.Parse(source, text ?? throw new ConfigurationException($"configuration file '{path}' not found")));
    }

    /// <summary>
    /// Parses a HOCON resource embedded in <paramref name="assembly"/>, such as
    /// <c>Orchestrator.Actors.reference.conf</c>. A missing resource is an error that lists the ones present.
    /// </summary>
    public static Config FromResource(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        var source = new ResourceConfigSource(assembly, resourceName);
        var text = source.ReadText() ?? throw new ConfigurationException(
            $"embedded resource '{resourceName}' not found in {assembly.GetName().Name} (it has: {string.Join(", ", assembly.GetManifestResourceNames())})");
        return new Config(HoconParser.Parse(source, text));
    }
}
