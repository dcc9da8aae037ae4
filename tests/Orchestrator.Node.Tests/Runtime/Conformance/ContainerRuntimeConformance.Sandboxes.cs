using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task Runs_a_sandbox_that_is_listed_by_its_labels()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var id = await RunSandboxAsync();

        var sandbox = Assert.Single(await Within(Runtime.ListPodSandboxesAsync(RunSelector(), CancellationToken.None)));

        Assert.Equal(id, sandbox.Id);
        Assert.True(sandbox.Ready);
        Assert.InRange(sandbox.CreatedAt, before, DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(RunLabel, sandbox.Labels[RunLabelKey]);
        Assert.Equal(ContainerLabels.ManagedByValue, sandbox.Labels[ContainerLabels.ManagedBy]);
    }

    [RuntimeFact]
    public async Task Lists_the_sandboxes_whose_labels_contain_the_selector()
    {
        var first = await RunSandboxAsync();
        var second = await RunSandboxAsync();
        var all = await Within(Runtime.ListPodSandboxesAsync(RunSelector(), CancellationToken.None));
        var firstUid = all.Single(s => s.Id == first).Labels[ContainerLabels.PodUid];

        var byUid = await Within(Runtime.ListPodSandboxesAsync(
            new Dictionary<string, string> { [RunLabelKey] = RunLabel, [ContainerLabels.PodUid] = firstUid }, CancellationToken.None));
        var byNothing = await Within(Runtime.ListPodSandboxesAsync(
            new Dictionary<string, string> { [RunLabelKey] = RunLabel, [ContainerLabels.PodUid] = "no-such-pod" }, CancellationToken.None));
        var everything = await Within(Runtime.ListPodSandboxesAsync(new Dictionary<string, string>(), CancellationToken.None));

        Assert.Equal(new[] { first, second }.Order(), all.Select(s => s.Id).Order());
        Assert.Equal(first, Assert.Single(byUid).Id);
        Assert.Empty(byNothing);
        Assert.Contains(everything, s => s.Id == first);
        Assert.Contains(everything, s => s.Id == second);
    }

    [RuntimeFact]
    public async Task Stopping_a_sandbox_stops_its_containers_and_can_be_repeated()
    {
        var sandbox = await RunSandboxAsync();
        var container = await CreateContainerAsync(sandbox, RunUntilStopped());
        await Within(Runtime.StartContainerAsync(container, CancellationToken.None));
        await WaitForLineAsync(container, ReadyLine);

        await Within(Runtime.StopPodSandboxAsync(sandbox, CancellationToken.None));
        await Within(Runtime.StopPodSandboxAsync(sandbox, CancellationToken.None));

        Assert.Equal(ContainerState.Exited, (await Within(Runtime.ContainerStatusAsync(container, CancellationToken.None))).State);
        Assert.False(Assert.Single(await Within(Runtime.ListPodSandboxesAsync(RunSelector(), CancellationToken.None))).Ready);
    }

    [RuntimeFact]
    public async Task Removing_a_sandbox_removes_its_containers_and_can_be_repeated()
    {
        var sandbox = await RunSandboxAsync();
        var container = await CreateContainerAsync(sandbox, RunUntilStopped());
        await Within(Runtime.StartContainerAsync(container, CancellationToken.None));
        await WaitForLineAsync(container, ReadyLine);

        await Within(Runtime.RemovePodSandboxAsync(sandbox, CancellationToken.None));
        await Within(Runtime.RemovePodSandboxAsync(sandbox, CancellationToken.None));

        Assert.Empty(await Within(Runtime.ListPodSandboxesAsync(RunSelector(), CancellationToken.None)));
        Assert.Empty(await Within(Runtime.ListContainersAsync(RunSelector(), CancellationToken.None)));
        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Within(Runtime.ContainerStatusAsync(container, CancellationToken.None)));
        Assert.Equal(ContainerRuntimeErrorKind.NotFound, error.Kind);
    }

    [RuntimeFact]
    public async Task Stopping_or_removing_an_unknown_sandbox_is_not_an_error()
    {
        await Within(Runtime.StopPodSandboxAsync("no-such-sandbox", CancellationToken.None));
        await Within(Runtime.RemovePodSandboxAsync("no-such-sandbox", CancellationToken.None));
    }
}
