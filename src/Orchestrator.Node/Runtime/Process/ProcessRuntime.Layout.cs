namespace Orchestrator.Node.Runtime.Processes;

// What a container is given on the host: its environment, its root directory and its mounts.
public sealed partial class ProcessRuntime
{
    /// <summary>
    /// A container's environment: PATH (the node's, unless the container sets its own), HOSTNAME (the pod's
    /// name), then the container's variables in order; <see cref="ContainerRootVariable"/> is added at creation.
    /// </summary>
    private static Dictionary<string, string> ContainerEnvironment(ContainerConfig config, SandboxRecord sandbox, out string searchPath)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            ["HOSTNAME"] = sandbox.Config.PodName,
        };
        foreach (var (name, value) in config.Env)
        {
            environment[name] = value;
        }

        searchPath = environment["PATH"];
        return environment;
    }

    /// <summary>Makes a mount appear at its mountPath inside the container's root directory, as a symbolic link to the volume.</summary>
    private static void Mount(Host host, SandboxRecord sandbox, ContainerFiles files, ContainerMount mount)
    {
        var volume = sandbox.Config.Volumes.FirstOrDefault(v => v.Name == mount.VolumeName)
            ?? throw new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, $"The sandbox has no volume {mount.VolumeName} for the mount at {mount.MountPath}.");
        var link = InRoot(files, mount.MountPath);
        if (link == files.RootFs || Path.Exists(link))
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, $"Two mounts at {mount.MountPath}, or one at the root.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, volume.HostPath ?? VolumeDirectory(host, sandbox.Id, volume.Name));
    }

    /// <summary>Where a path of the container (a mountPath or workingDir) lies under its root directory.</summary>
    private static string InRoot(ContainerFiles files, string containerPath)
    {
        var parts = containerPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!containerPath.StartsWith('/') || parts.Any(part => part is "." or ".."))
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, $"\"{containerPath}\" is not an absolute path without . or .. in it.");
        }

        return Path.Combine([files.RootFs, .. parts]);
    }
}
