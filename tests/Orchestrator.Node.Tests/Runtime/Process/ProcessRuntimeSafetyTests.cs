using System.Diagnostics;
using System.Globalization;
using Orchestrator.Actors.TestKit;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>What the process runtime must never do: signal a stranger, delete a host's files, leave a container's processes behind.</summary>
public sealed class ProcessRuntimeSafetyTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("{0} {0}")] // pids only: the process with the shim's pid does not run this container's shim
    [InlineData("{0} {1} {0} {1}")] // with start times, as shims of earlier versions reported: they differ
    public async Task A_pid_now_used_by_another_process_is_not_taken_for_the_container(string pidFile)
    {
        var sandbox = await _harness.RunSandboxAsync();
        var id = await _harness.Runtime.CreateContainerAsync(sandbox, ProcessRuntimeHarness.Sh("exit 0"), CancellationToken.None);
        using var stranger = Process.Start(new ProcessStartInfo("sleep", "3600") { UseShellExecute = false })!;
        try
        {
            // The record says the container ran as the stranger's pid: the pid was reused.
            var startTime = ProcStat.Read(stranger.Id)!.StartTime;
            var pid = stranger.Id.ToString(CultureInfo.InvariantCulture);
            var wrong = (startTime + 1).ToString(CultureInfo.InvariantCulture);
            await File.WriteAllTextAsync(Path.Combine(_harness.Root.Directory, "containers", id, "pid"), string.Format(CultureInfo.InvariantCulture, pidFile, pid, wrong) + "\n");

            var runtime = await _harness.RestartAsync();
            var status = await _harness.StatusAsync(id);
            await runtime.StopContainerAsync(id, TimeSpan.Zero, CancellationToken.None);
            await runtime.RemoveContainerAsync(id, CancellationToken.None);

            Assert.Equal(ContainerState.Unknown, status.State);
            Assert.NotNull(status.Message);
            Assert.False(stranger.HasExited, "The stranger was signalled.");
        }
        finally
        {
            stranger.Kill();
        }
    }

    [Fact]
    public async Task Removing_a_sandbox_deletes_its_empty_dir_volumes_but_never_a_host_path()
    {
        var host = Directory.CreateTempSubdirectory("orch-host-path-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(host.FullName, "precious"), "keep me");
            var sandbox = await _harness.RunSandboxAsync(new SandboxVolume("host", host.FullName), new SandboxVolume("scratch", null));
            var config = ProcessRuntimeHarness.Sh("cat \"$ORCH_CONTAINER_ROOT/host/precious\"; echo x > \"$ORCH_CONTAINER_ROOT/scratch/file\"") with
            {
                Mounts = [new ContainerMount("host", "/host", ReadOnly: true), new ContainerMount("scratch", "/scratch", ReadOnly: false)],
            };
            var id = await _harness.RunAsync(config, sandbox);
            Assert.Equal(0, (await _harness.WaitAsync(id)).ExitCode);

            await _harness.Runtime.RemovePodSandboxAsync(sandbox, CancellationToken.None);

            Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(host.FullName, "precious")));
            Assert.False(Directory.Exists(Path.Combine(_harness.Root.Directory, "sandboxes", sandbox)));
            Assert.False(Directory.Exists(Path.Combine(_harness.Root.Directory, "containers", id)));
        }
        finally
        {
            host.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task What_a_container_left_running_in_the_background_ends_with_it()
    {
        var marker = "86400." + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var id = await _harness.RunAsync(ProcessRuntimeHarness.Sh($"sleep {marker} & echo left; exit 0"));
        await _harness.WaitForLineAsync(id, "left");

        Assert.Equal(0, (await _harness.WaitAsync(id)).ExitCode);

        await Eventually.ConditionAsync(() => !LiveProcessWithArgument(marker), ProcessRuntimeHarness.Patience, "the background sleep is killed with its container", ProcessRuntimeHarness.PollInterval);
    }

    private static bool LiveProcessWithArgument(string argument) =>
        Directory.EnumerateDirectories("/proc").Any(directory =>
        {
            try
            {
                return int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && ProcStat.Read(pid) is { Exited: false }
                    && File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0').Contains(argument);
            }
            catch (IOException)
            {
                return false;
            }
        });
}
