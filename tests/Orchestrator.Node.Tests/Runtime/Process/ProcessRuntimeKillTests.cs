using System.Globalization;
using System.Text;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>
/// Issue 6's restart safety at the runtime level: an agent process that started containers is killed with
/// SIGKILL; the next runtime instance finds every container running, none lost and none twice, with its labels
/// (the restart count among them), and can stop them.
/// </summary>
public sealed class ProcessRuntimeKillTests : IAsyncLifetime
{
    private const int Containers = 3;
    private readonly ProcessRuntimeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Containers_of_an_agent_killed_with_sigkill_are_adopted_by_the_next_one_and_none_runs_twice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // An argument no other process has, to count this test's container processes by.
        var sleep = "86400." + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        using var host = AgentHostProcess.Start(_harness.Root.Directory, Containers, sleep, attempt: 2);
        var started = await host.ReadStartedAsync(timeout.Token);

        await host.KillAsync(timeout.Token);
        var runtime = await _harness.RestartAsync();
        var adopted = await runtime.ListContainersAsync(
            new Dictionary<string, string> { [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue }, timeout.Token);

        Assert.Equal(Containers, started.Count);
        Assert.Equal(started.Order(), adopted.Select(c => c.Id).Order());
        Assert.All(adopted, container => Assert.Equal(ContainerState.Running, container.State));
        Assert.All(adopted, container => Assert.Equal("2", container.Labels[ContainerLabels.Attempt]));
        Assert.Equal((Containers, Containers), ProcessesWithArgument(sleep));

        foreach (var container in adopted)
        {
            await runtime.StopContainerAsync(container.Id, TimeSpan.FromMinutes(1), timeout.Token);
            Assert.Equal(143, (await _harness.StatusAsync(container.Id)).ExitCode);
        }

        Assert.Equal((0, 0), ProcessesWithArgument(sleep));
    }

    /// <summary>How many live containers, and how many shims, have <paramref name="argument"/> on their command line.</summary>
    private static (int Containers, int Shims) ProcessesWithArgument(string argument)
    {
        var needle = Encoding.UTF8.GetBytes("\0" + argument + "\0");
        var shim = Encoding.UTF8.GetBytes("\0orch-shim\0");
        var (containers, shims) = (0, 0);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    && !File.ReadAllText(Path.Combine(directory, "stat")).Contains(") Z ", StringComparison.Ordinal)
                    && File.ReadAllBytes(Path.Combine(directory, "cmdline")) is var commandLine
                    && commandLine.AsSpan().IndexOf(needle) >= 0)
                {
                    _ = commandLine.AsSpan().IndexOf(shim) >= 0 ? shims++ : containers++;
                }
            }
            catch (IOException)
            {
                // It ended while we looked.
            }
        }

        return (containers, shims);
    }
}
