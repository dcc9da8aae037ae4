using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task A_created_container_does_not_run_until_started()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var sandbox = await RunSandboxAsync();
        var id = await CreateContainerAsync(sandbox, RunUntilStopped());

        var status = await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None));

        Assert.Equal(ContainerState.Created, status.State);
        Assert.Equal(id, status.Id);
        Assert.Equal(sandbox, status.SandboxId);
        Assert.Equal("main", status.Name);
        Assert.Equal(PresentImage, status.Image);
        Assert.InRange(status.CreatedAt, before, DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Null(status.StartedAt);
        Assert.Null(status.FinishedAt);
        Assert.Null(status.ExitCode);
        Assert.Empty(await LogsAsync(id));
    }

    [RuntimeFact]
    public async Task A_started_container_is_running()
    {
        var id = await RunAsync(RunUntilStopped());
        await WaitForLineAsync(id, ReadyLine);

        var status = await Within(Runtime.ContainerStatusAsync(id, CancellationToken.None));

        Assert.Equal(ContainerState.Running, status.State);
        Assert.NotNull(status.StartedAt);
        Assert.Null(status.FinishedAt);
        Assert.Null(status.ExitCode);
    }

    [RuntimeFact]
    public async Task A_container_that_exits_zero_has_completed()
    {
        var status = await RunToExitAsync(ExitWith(0));

        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(0, status.ExitCode);
        Assert.Equal("Completed", status.Reason);
        Assert.NotNull(status.StartedAt);
        Assert.NotNull(status.FinishedAt);
        Assert.True(status.StartedAt <= status.FinishedAt, $"started {status.StartedAt:O}, finished {status.FinishedAt:O}");
    }

    [RuntimeFact]
    public async Task A_container_that_exits_non_zero_has_an_error_and_its_exit_code()
    {
        var status = await RunToExitAsync(ExitWith(3));

        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(3, status.ExitCode);
        Assert.Equal("Error", status.Reason);
        Assert.Equal(status, await Within(Runtime.ContainerStatusAsync(status.Id, CancellationToken.None)), StatusComparer.Instance);
    }

    [RuntimeFact]
    public async Task Waiting_completes_when_the_container_exits_and_at_once_when_it_has()
    {
        var id = await RunAsync(SleepThenExit(TimeSpan.FromMilliseconds(300), 7));

        var waited = await Within(Runtime.WaitContainerAsync(id, CancellationToken.None));
        var again = await Within(Runtime.WaitContainerAsync(id, CancellationToken.None));

        Assert.Equal(7, waited.ExitCode);
        Assert.Equal(ContainerState.Exited, waited.State);
        Assert.Equal(7, again.ExitCode);
    }

    [RuntimeFact]
    public async Task Waiting_can_be_cancelled()
    {
        var id = await RunAsync(RunUntilStopped());
        using var cancel = new CancellationTokenSource();

        var wait = Runtime.WaitContainerAsync(id, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Within(wait));
    }

    [RuntimeFact]
    public async Task Keeps_its_labels_and_is_listed_by_any_subset_of_them()
    {
        var sandbox = await RunSandboxAsync();
        var first = await CreateContainerAsync(sandbox, ExitWith(0), "first", new Dictionary<string, string> { ["role"] = "a" });
        var second = await CreateContainerAsync(sandbox, ExitWith(0), "second", new Dictionary<string, string> { ["role"] = "b" });

        var all = await Within(Runtime.ListContainersAsync(RunSelector(), CancellationToken.None));
        var roleA = await Within(Runtime.ListContainersAsync(
            new Dictionary<string, string> { [RunLabelKey] = RunLabel, ["role"] = "a" }, CancellationToken.None));
        var none = await Within(Runtime.ListContainersAsync(
            new Dictionary<string, string> { [RunLabelKey] = RunLabel, ["role"] = "c" }, CancellationToken.None));
        var status = await Within(Runtime.ContainerStatusAsync(second, CancellationToken.None));

        Assert.Equal(new[] { first, second }.Order(), all.Select(c => c.Id).Order());
        var onlyA = Assert.Single(roleA);
        Assert.Equal(first, onlyA.Id);
        Assert.Equal("first", onlyA.Name);
        Assert.Empty(none);
        Assert.Equal("b", status.Labels["role"]);
        Assert.Equal("second", status.Labels[ContainerLabels.ContainerName]);
        Assert.Equal("0", status.Labels[ContainerLabels.Attempt]);
        Assert.Equal(RunLabel, status.Labels[RunLabelKey]);
    }

    [RuntimeFact]
    public async Task Passes_its_environment_to_the_container()
    {
        var config = PrintEnv("ORCH_GREETING") with { Env = [new("ORCH_GREETING", "hello from the env")] };

        var status = await RunToExitAsync(config);

        Assert.Equal(0, status.ExitCode);
        Assert.Contains(await LogsAsync(status.Id), line => line.Text == "hello from the env");
    }

    [RuntimeFact]
    public async Task Unknown_ids_are_not_found()
    {
        await AssertNotFound(() => Runtime.ContainerStatusAsync("no-such-container", CancellationToken.None));
        await AssertNotFound(() => Runtime.StartContainerAsync("no-such-container", CancellationToken.None));
        await AssertNotFound(() => Runtime.WaitContainerAsync("no-such-container", CancellationToken.None));
        await AssertNotFound(() => Runtime.ContainerStatsAsync("no-such-container", CancellationToken.None));
        await AssertNotFound(() => Runtime.ExecAsync("no-such-container", ExecPrint("x", 0), TimeSpan.FromSeconds(5), CancellationToken.None));
        await AssertNotFound(() => LogsAsync("no-such-container"));
        await AssertNotFound(() => Runtime.CreateContainerAsync("no-such-sandbox", ExitWith(0), CancellationToken.None));
    }

    private static async Task AssertNotFound(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(call()));
        Assert.Equal(ContainerRuntimeErrorKind.NotFound, error.Kind);
    }

    /// <summary>Statuses compared by what a status read twice must agree on (labels by content).</summary>
    private sealed class StatusComparer : IEqualityComparer<ContainerStatus>
    {
        public static StatusComparer Instance { get; } = new();

        public bool Equals(ContainerStatus? x, ContainerStatus? y) =>
            x is not null && y is not null && x with { Labels = y.Labels } == y && x.Labels.OrderBy(l => l.Key).SequenceEqual(y.Labels.OrderBy(l => l.Key));

        public int GetHashCode(ContainerStatus obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
