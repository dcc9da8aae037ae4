using System.Formats.Tar;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>
/// A tiny root filesystem, built in memory as a tarball for <c>docker import</c>: the host's static busybox at
/// <c>/bin/busybox</c>, a symbolic link per applet (<c>/bin/sh</c>, <c>/bin/sleep</c> ...) and a <c>/tmp</c>.
/// The sandbox image is made from it, and the tests' image too. Debian's busybox-static provides the binary;
/// a dynamically linked busybox would not run in the image.
/// </summary>
public static class BusyboxRootFilesystem
{
    private const UnixFileMode ReadExecute =
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>The tarball of a root filesystem with <paramref name="busyboxPath"/> and links for <paramref name="applets"/>.</summary>
    /// <exception cref="ContainerRuntimeException">The busybox binary is missing (Failed; the message names the file and the package).</exception>
    public static byte[] Build(string busyboxPath, IEnumerable<string> applets)
    {
        ArgumentNullException.ThrowIfNull(applets);
        if (!File.Exists(busyboxPath))
        {
            throw new ContainerRuntimeException(
                ContainerRuntimeErrorKind.Failed,
                $"cannot build an image from busybox: {busyboxPath} does not exist. Install a static busybox (Debian: apt-get install busybox-static) "
                + $"or point {DockerSettings.SectionPath}.busybox at one.");
        }

        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Ustar, leaveOpen: true))
        {
            writer.WriteEntry(Directory("bin/", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | ReadExecute));
            writer.WriteEntry(Directory("tmp/", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | ReadExecute
                | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.StickyBit));
            using (var binary = File.OpenRead(busyboxPath))
            {
                writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "bin/busybox")
                {
                    DataStream = binary,
                    Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | ReadExecute,
                    ModificationTime = Epoch,
                });
            }

            foreach (var applet in applets.Distinct(StringComparer.Ordinal).Where(applet => applet != "busybox"))
            {
                if (applet.Length == 0 || applet.Contains('/', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{applet}' is not an applet name.", nameof(applets));
                }

                writer.WriteEntry(new UstarTarEntry(TarEntryType.SymbolicLink, $"bin/{applet}") { LinkName = "busybox", ModificationTime = Epoch });
            }
        }

        return output.ToArray();
    }

    private static UstarTarEntry Directory(string name, UnixFileMode mode) =>
        new(TarEntryType.Directory, name) { Mode = mode, ModificationTime = Epoch };
}
