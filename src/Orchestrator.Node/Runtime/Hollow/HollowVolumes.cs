namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>Maps a path inside a hollow container to a file of one of its sandbox's volumes.</summary>
internal static class HollowVolumes
{
    /// <summary>The file at <paramref name="path"/>: in memory for an emptyDir volume, on disk for a hostPath one.</summary>
    /// <exception cref="IOException">No volume is mounted there, or it is mounted read-only and <paramref name="forWriting"/>.</exception>
    public static VolumeFile Resolve(HollowContainer container, string path, bool forWriting)
    {
        var mount = container.Config.Mounts
            .Where(m => path.StartsWith(m.MountPath.TrimEnd('/') + "/", StringComparison.Ordinal))
            .MaxBy(m => m.MountPath.Length)
            ?? throw new IOException("No such file or directory (no volume is mounted there)");
        if (forWriting && mount.ReadOnly)
        {
            throw new IOException("Read-only file system");
        }

        var volume = container.Sandbox.Config.Volumes.FirstOrDefault(v => v.Name == mount.VolumeName)
            ?? throw new IOException($"The sandbox has no volume \"{mount.VolumeName}\"");
        var relative = path[(mount.MountPath.TrimEnd('/').Length + 1)..];
        return new VolumeFile(container.Sandbox, volume, relative);
    }

    /// <summary>One file of a volume. Reads and writes of emptyDir files happen under the runtime's lock.</summary>
    internal sealed class VolumeFile(HollowSandbox sandbox, SandboxVolume volume, string relative)
    {
        public void Write(string text)
        {
            if (volume.HostPath is { } host)
            {
                File.WriteAllText(Path.Combine(host, relative), text);
            }
            else
            {
                sandbox.Files[(volume.Name, relative)] = text;
            }
        }

        public string Read()
        {
            if (volume.HostPath is { } host)
            {
                return File.ReadAllText(Path.Combine(host, relative));
            }

            return sandbox.Files.TryGetValue((volume.Name, relative), out var text)
                ? text
                : throw new FileNotFoundException("No such file or directory");
        }
    }
}
