using System.Formats.Tar;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Runtime.Docker;

public sealed class BusyboxRootFilesystemTests
{
    [Fact]
    public void Holds_the_binary_a_link_per_applet_and_a_world_writable_tmp()
    {
        var binary = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(binary, [0x7F, (byte)'E', (byte)'L', (byte)'F']);

            var entries = Read(BusyboxRootFilesystem.Build(binary, ["sh", "sleep", "sh", "busybox"]));

            Assert.Equal(["bin/", "tmp/", "bin/busybox", "bin/sh", "bin/sleep"], entries.Select(e => e.Name));
            var busybox = entries[2];
            Assert.Equal(TarEntryType.RegularFile, busybox.EntryType);
            Assert.True(busybox.Mode.HasFlag(UnixFileMode.OtherExecute));
            Assert.Equal(4, busybox.Length);
            Assert.All(entries.Skip(3), link => Assert.Equal(("busybox", TarEntryType.SymbolicLink), (link.LinkName, link.EntryType)));
            Assert.True(entries[1].Mode.HasFlag(UnixFileMode.OtherWrite | UnixFileMode.StickyBit));
        }
        finally
        {
            File.Delete(binary);
        }
    }

    [Fact]
    public void A_missing_busybox_is_a_clear_error_naming_the_file_and_the_package()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-busybox-{Guid.NewGuid():N}");

        var error = Assert.Throws<ContainerRuntimeException>(() => BusyboxRootFilesystem.Build(missing, ["sh"]));

        Assert.Equal(ContainerRuntimeErrorKind.Failed, error.Kind);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("busybox-static", error.Message, StringComparison.Ordinal);
    }

    private static List<TarEntry> Read(byte[] tar)
    {
        using var reader = new TarReader(new MemoryStream(tar));
        var entries = new List<TarEntry>();
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            entries.Add(entry);
        }

        return entries;
    }
}
