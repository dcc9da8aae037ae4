using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task Containers_of_one_sandbox_share_its_empty_dir_volume()
    {
        var sandbox = await RunSandboxAsync(new SandboxVolume("shared", null));
        ContainerMount[] writerMounts = [new("shared", "/data", ReadOnly: false)];
        ContainerMount[] readerMounts = [new("shared", "/shared/in", ReadOnly: true)];

        var writer = await CreateContainerAsync(sandbox, WriteFile("/data", "note.txt", "written by the first") with { Mounts = writerMounts }, "writer");
        await Within(Runtime.StartContainerAsync(writer, CancellationToken.None));
        Assert.Equal(0, (await Within(Runtime.WaitContainerAsync(writer, CancellationToken.None))).ExitCode);
        var reader = await CreateContainerAsync(sandbox, ReadFile("/shared/in", "note.txt") with { Mounts = readerMounts }, "reader");
        await Within(Runtime.StartContainerAsync(reader, CancellationToken.None));
        var read = await Within(Runtime.WaitContainerAsync(reader, CancellationToken.None));

        Assert.Equal(0, read.ExitCode);
        Assert.Contains(await LogsAsync(reader), line => line.Text == "written by the first");
    }

    [RuntimeFact]
    public async Task A_host_path_volume_shows_the_host_directory()
    {
        var directory = Directory.CreateTempSubdirectory("orch-conformance-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "host.txt"), "from the host\n");
            var sandbox = await RunSandboxAsync(new SandboxVolume("host", directory.FullName));
            var config = ReadFile("/host", "host.txt") with { Mounts = [new("host", "/host", ReadOnly: true)] };
            var reader = await CreateContainerAsync(sandbox, config);

            await Within(Runtime.StartContainerAsync(reader, CancellationToken.None));
            var status = await Within(Runtime.WaitContainerAsync(reader, CancellationToken.None));

            Assert.Equal(0, status.ExitCode);
            Assert.Contains(await LogsAsync(reader), line => line.Text == "from the host");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
