using System.Net;
using System.Net.Sockets;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;
using Orchestrator.Node.Tests.Infrastructure;
using Orchestrator.Node.Tests.Runtime.Conformance;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>Pod sandboxes on Docker: the shared network namespace, the pod's address, and the sandbox image.</summary>
[RequiresDocker]
[Collection(DockerSpecificsCollection.Name)]
public sealed class DockerSandboxTests(DockerFixture docker) : DockerTestBase(docker)
{
    [RuntimeFact]
    public async Task Containers_of_one_pod_reach_each_other_on_localhost()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        // Bound to 127.0.0.1: only a process in the same network namespace can reach it.
        await StartAsync(sandbox, Shell("server", "mkdir /tmp/www && echo hello-from-server > /tmp/www/index.html && exec httpd -f -p 127.0.0.1:8080 -h /tmp/www"));
        var client = await StartAsync(sandbox, Shell(
            "client", "for i in $(seq 100); do wget -q -O - http://127.0.0.1:8080/ && exit 0; sleep 0.1; done; exit 1"));

        var status = await Within(Runtime.WaitContainerAsync(client, CancellationToken.None));

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("hello-from-server", await LogTextAsync(client));
    }

    [RuntimeFact]
    public async Task A_running_sandbox_has_the_pods_address_on_the_engines_network()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));
        var container = await StartAsync(sandbox, Shell("main", "ip -4 -o addr show eth0"));
        await Within(Runtime.WaitContainerAsync(container, CancellationToken.None));

        var listed = Assert.Single(await Within(Runtime.ListPodSandboxesAsync(RunSelector, CancellationToken.None)));

        Assert.True(IPAddress.TryParse(listed.Ip, out var address), $"'{listed.Ip}' is not an address");
        Assert.Equal(AddressFamily.InterNetwork, address.AddressFamily);
        Assert.Contains(await LogTextAsync(container), line => line.Contains($" {listed.Ip}/", StringComparison.Ordinal));
    }

    [RuntimeFact]
    public async Task Builds_the_sandbox_image_from_busybox_when_the_engine_lacks_it()
    {
        var image = $"orchestrator-test/pause:{RunLabel}";
        await using var runtime = new DockerRuntime(Docker.Settings with { SandboxImage = image });
        using var client = DockerFixture.CreateClient();
        try
        {
            var sandbox = await Within(runtime.RunPodSandboxAsync(Pod(), CancellationToken.None));

            Assert.True(Assert.Single(await Within(runtime.ListPodSandboxesAsync(RunSelector, CancellationToken.None))).Ready);
            Assert.Equal(image, (await Within(runtime.EnsureImageAsync(image, CancellationToken.None))).Reference);
            await Within(runtime.RemovePodSandboxAsync(sandbox, CancellationToken.None));
        }
        finally
        {
            await client.RemoveImageAsync(image, CancellationToken.None);
        }
    }

    [RuntimeFact]
    public async Task Without_busybox_the_missing_sandbox_image_is_a_clear_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-busybox-{RunLabel}");
        await using var runtime = new DockerRuntime(Docker.Settings with { SandboxImage = $"orchestrator-test/pause:{RunLabel}", BusyboxPath = missing });

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(runtime.RunPodSandboxAsync(Pod(), CancellationToken.None)));

        Assert.Equal(ContainerRuntimeErrorKind.Failed, error.Kind);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Empty(await Within(runtime.ListPodSandboxesAsync(RunSelector, CancellationToken.None)));
    }

    [RuntimeFact]
    public async Task A_volume_the_sandbox_does_not_have_cannot_be_mounted()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(new SandboxVolume("data", null)), CancellationToken.None));
        var config = Shell("main", "true") with { Mounts = [new ContainerMount("other", "/other", ReadOnly: false)] };

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(Runtime.CreateContainerAsync(sandbox, config, CancellationToken.None)));

        Assert.Equal(ContainerRuntimeErrorKind.StartFailed, error.Kind);
        Assert.Contains("other", error.Message, StringComparison.Ordinal);
    }

    [RuntimeFact]
    public async Task Removing_a_sandbox_deletes_its_empty_dir_volumes_from_the_host()
    {
        var sandbox = await Within(Runtime.RunPodSandboxAsync(Pod(new SandboxVolume("data", null)), CancellationToken.None));
        var writer = await StartAsync(sandbox, Shell("writer", "echo kept > /data/file") with { Mounts = [new ContainerMount("data", "/data", ReadOnly: false)] });
        await Within(Runtime.WaitContainerAsync(writer, CancellationToken.None));
        using var client = DockerFixture.CreateClient();
        var directory = (await client.InspectContainerAsync(sandbox, CancellationToken.None)).Config.Labels![DockerLabels.SandboxDirectory];
        var written = Path.Combine(directory, "volumes", "data", "file");
        Assert.StartsWith(Docker.Settings.RootDirectory, directory, StringComparison.Ordinal);
        Assert.Equal("kept", (await File.ReadAllTextAsync(written)).Trim());

        await Within(Runtime.RemovePodSandboxAsync(sandbox, CancellationToken.None));

        Assert.False(Directory.Exists(directory));
    }
}
