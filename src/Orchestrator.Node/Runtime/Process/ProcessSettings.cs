using Orchestrator.Actors.Configuration;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>The settings of the <c>process</c> runtime, read once from <c>orch.node.runtime.process</c>.</summary>
/// <param name="RootDirectory">The absolute directory holding every sandbox's and container's state, logs and volumes.</param>
/// <param name="LogMaxSize">The size at which a container's log file is rotated.</param>
/// <param name="LogMaxFiles">How many log files a container keeps, the one being written included.</param>
/// <param name="Shell">The POSIX shell that runs each container's shim.</param>
/// <param name="Setsid">The <c>setsid</c> program (a name on PATH or an absolute path) that gives shims and containers their own sessions.</param>
/// <param name="UseCgroups">Whether to put containers in cgroup v2 groups (limits, OOM, usage) when the host allows it.</param>
/// <param name="CgroupParent">The cgroup, under the cgroup v2 mount, that holds one group per container.</param>
public sealed record ProcessSettings(
    string RootDirectory, long LogMaxSize, int LogMaxFiles, string Shell, string Setsid, bool UseCgroups, string CgroupParent)
{
    /// <summary>The path of this section in the node's configuration.</summary>
    public const string SectionPath = "orch.node.runtime.process";

    /// <summary>The defaults of the node's embedded reference.conf.</summary>
    public static ProcessSettings Default { get; } = Create(
        ConfigurationFactory.FromResource(typeof(ProcessSettings).Assembly, "Orchestrator.Node.reference.conf").GetConfig(SectionPath));

    /// <summary>Reads and checks the settings of the <c>orch.node.runtime.process</c> section.</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid; the message names it.</exception>
    public static ProcessSettings Create(Config section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var maxSize = section.GetByteSize("log-max-size");
        if (maxSize < 1024)
        {
            throw new ConfigurationException($"{SectionPath}.log-max-size must be at least 1KiB, got {maxSize} bytes.");
        }

        var maxFiles = section.GetInt("log-max-files");
        if (maxFiles < 1)
        {
            throw new ConfigurationException($"{SectionPath}.log-max-files must be at least 1, got {maxFiles}.");
        }

        var cgroups = section.GetString("cgroups");
        if (cgroups is not ("auto" or "off"))
        {
            throw new ConfigurationException($"{SectionPath}.cgroups must be auto or off, got \"{cgroups}\".");
        }

        var parent = section.GetString("cgroup-parent").Trim('/');
        if (parent.Length == 0 || parent.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ConfigurationException($"{SectionPath}.cgroup-parent = \"{parent}\" must be a relative cgroup path such as \"orchestrator\".");
        }

        var setsid = section.GetString("setsid");
        if (setsid.Length == 0)
        {
            throw new ConfigurationException($"{SectionPath}.setsid must name the setsid program.");
        }

        return new ProcessSettings(
            AbsolutePath(section, "root-dir"), maxSize, maxFiles, AbsolutePath(section, "shell"), setsid, cgroups == "auto", parent);
    }

    private static string AbsolutePath(Config section, string key)
    {
        var path = section.GetString(key);
        return Path.IsPathRooted(path)
            ? Path.GetFullPath(path)
            : throw new ConfigurationException($"{SectionPath}.{key} = \"{path}\" must be an absolute path.");
    }
}
