using System.Reflection;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Core.Hosting;

/// <summary>
/// Builds a process's configuration: command-line overrides, then the config file, then
/// the reference.conf of every Orchestrator module loaded in the process. Unknown keys
/// and type mismatches under <c>orch</c> are reported together, with file and line.
/// </summary>
public static class ProcessConfig
{
    /// <summary>The reference configuration of every loaded Orchestrator module, merged.</summary>
    public static Config References()
    {
        var merged = Config.Empty;
        foreach (var assembly in OrchestratorAssemblies())
        {
            var name = $"{assembly.GetName().Name}.reference.conf";
            if (assembly.GetManifestResourceNames().Contains(name, StringComparer.Ordinal))
            {
                merged = merged.WithFallback(ConfigurationFactory.FromResource(assembly, name));
            }
        }

        return merged;
    }

    /// <summary>Loads, layers and validates the configuration described by <paramref name="options"/>.</summary>
    public static Config Load(ProcessOptions options)
    {
        // Later --set flags win over earlier ones, and all of them over the file.
        var config = Config.Empty;
        for (var i = 0; i < options.Overrides.Count; i++)
        {
            config = ConfigurationFactory.ParseString(options.Overrides[i], $"--set #{i + 1}").WithFallback(config);
        }

        if (options.ConfigFile is { } file)
        {
            config = config.WithFallback(ConfigurationFactory.ParseFile(file));
        }

        var reference = References();
        var full = config.WithFallback(reference);
        full.CheckValid(reference, "orch");
        return full;
    }

    private static IEnumerable<Assembly> OrchestratorAssemblies()
    {
        // Make sure the modules this process links are loaded before asking for their resources.
        var entry = Assembly.GetEntryAssembly();
        if (entry is not null)
        {
            foreach (var reference in entry.GetReferencedAssemblies().Where(IsOrchestrator))
            {
                Assembly.Load(reference);
            }
        }

        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => IsOrchestrator(a.GetName()))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal);
    }

    private static bool IsOrchestrator(AssemblyName name) =>
        name.Name is { } n && n.StartsWith("Orchestrator.", StringComparison.Ordinal);
}
