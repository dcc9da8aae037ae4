using System.Text.RegularExpressions;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Tests.Hosting;

/// <summary>
/// The worker executable end to end on the process runtime: static pods run, and a worker killed with
/// SIGKILL while its containers run is started again and adopts every one of them: none lost, none doubled.
/// </summary>
public sealed partial class WorkerProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly string _directory = Directory.CreateTempSubdirectory("orch-worker-").FullName;

    private string Root => Path.Combine(_directory, "root");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "pods"));
        File.WriteAllText(Path.Combine(_directory, "worker.conf"), $$"""
            orch.node {
              name = "w1"
              static-pods.path = "{{Path.Combine(_directory, "pods")}}"
              runtime.kind = process
              runtime.process.root-dir = "{{Root}}"
              stats.metrics-address = ""
            }
            """);
        File.WriteAllText(Path.Combine(_directory, "pods", "pair.yaml"), """
            apiVersion: v1
            kind: Pod
            metadata: {name: pair}
            spec:
              containers:
              - {name: first, image: busybox, command: [sh, -c, "sleep 3600"]}
              - {name: second, image: busybox, command: [sh, -c, "sleep 3600"]}
            """);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_worker_killed_with_sigkill_adopts_its_running_containers_when_started_again()
    {
        Dictionary<string, string> before;
        await using (var worker = WorkerProcess.Start(Path.Combine(_directory, "worker.conf")))
        {
            before = await RunningContainersAsync(worker);
            await worker.KillAsync();
        }

        await using var restarted = WorkerProcess.Start(Path.Combine(_directory, "worker.conf"));
        var after = await RunningContainersAsync(restarted);

        Assert.Equal(before, after);
        await using var runtime = new ProcessRuntime(ProcessSettings.Default with { RootDirectory = Root });
        var containers = await runtime.ListContainersAsync(new Dictionary<string, string> { [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue }, CancellationToken.None);
        Assert.Equal(before.Values.Order(), containers.Select(c => c.Id).Order());
        Assert.All(containers, c => Assert.Equal(ContainerState.Running, c.State));
    }

    public async Task DisposeAsync()
    {
        await using (var runtime = new ProcessRuntime(ProcessSettings.Default with { RootDirectory = Root }))
        {
            foreach (var container in await runtime.ListContainersAsync(new Dictionary<string, string>(), CancellationToken.None))
            {
                await runtime.RemoveContainerAsync(container.Id, CancellationToken.None);
            }
        }

        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Waits until both containers of the pod run; their ids by name. Each must run at restart count 0.</summary>
    private static async Task<Dictionary<string, string>> RunningContainersAsync(WorkerProcess worker)
    {
        var running = new Dictionary<string, string>();
        while (running.Count < 2)
        {
            var match = await worker.WaitForLineAsync(ContainerRunning(), Wait);
            Assert.Equal("0", match.Groups["restarts"].Value);
            running[match.Groups["name"].Value] = match.Groups["id"].Value;
        }

        return running;
    }

    [GeneratedRegex(@"Container (?<name>\w+) of pod pair-w1_default\([0-9a-f-]+\) is running as (?<id>\w+) \(restart count (?<restarts>\d+)\)")]
    private static partial Regex ContainerRunning();
}
