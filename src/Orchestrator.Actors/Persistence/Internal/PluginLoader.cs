using System.Reflection;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// Makes a plugin from its section's <c>class</c>: an assembly-qualified type (configuration is trusted
/// input) that implements the plugin interface and has a public <c>(Config, ExtendedActorSystem)</c>
/// constructor. Anything else is a <see cref="ConfigurationException"/> naming the <c>class</c> path.
/// </summary>
internal static class PluginLoader
{
    public static TPlugin Create<TPlugin>(PluginSettings settings, ExtendedActorSystem system)
        where TPlugin : class => Create<TPlugin>(settings.Id, settings.Config, system);

    /// <summary>Makes the plugin of the section <paramref name="config"/> at <paramref name="id"/> (also used for read journals).</summary>
    public static TPlugin Create<TPlugin>(string id, Config config, ExtendedActorSystem system)
        where TPlugin : class
    {
        var path = $"{id}.class";
        var origin = config.GetValue("class")?.Origin;
        if (!config.HasPath("class"))
        {
            throw new ConfigurationException($"{path} is missing: a persistence plugin names its type there (\"Namespace.Type, Assembly\")");
        }

        var className = config.GetString("class");
        var type = LoadType(className, path, origin);
        if (!typeof(TPlugin).IsAssignableFrom(type) || type.IsAbstract || type.IsInterface)
        {
            throw new ConfigurationException(origin, $"{path}: {type.FullName} is not a concrete {typeof(TPlugin).Name}");
        }

        var constructor = type.GetConstructor([typeof(Config), typeof(ExtendedActorSystem)])
            ?? throw new ConfigurationException(origin, $"{path}: {type.FullName} has no public constructor (Config, ExtendedActorSystem)");
        try
        {
            return (TPlugin)constructor.Invoke([config, system]);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw new ConfigurationException(origin, $"{path}: {type.FullName} failed to start: {inner.Message}", inner);
        }
    }

    private static Type LoadType(string className, string path, ConfigOrigin? origin)
    {
        try
        {
            return Type.GetType(className, throwOnError: false)
                ?? throw new ConfigurationException(origin, $"{path}: the type \"{className}\" was not found (write it assembly-qualified: \"Namespace.Type, Assembly\")");
        }
        catch (Exception e) when (e is not ConfigurationException)
        {
            throw new ConfigurationException(origin, $"{path}: the type \"{className}\" could not be loaded: {e.Message}", e);
        }
    }
}
