using Orchestrator.Node.Runtime;
using Orchestrator.Node.Tests.Infrastructure;
using Orchestrator.Node.Tests.Runtime.Conformance;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>
/// A restarted agent makes a new runtime instance: it must see what the earlier one started through the labels
/// Docker keeps, so that it adopts running containers instead of starting twins.
/// </summary>
[RequiresDocker]
[Collection(DockerSpecificsCollection.Name)]
public sealed class DockerAdoptionTests(DockerFixture docker) : DockerTestBase(docker)
{
    [RuntimeFact]
    public async Task A_new_runtime_instance_adopts_the_sandboxes_and_containers_of_an_earlier_one()
    {
        var pod = Pod();
        string sandbox, running, exited;
        await using (var earlier = Docker.CreateRuntime())
        {
            sandbox = await Within(earlier.RunPodSandboxAsync(pod, CancellationToken.None));
            running = await Within(earlier.CreateContainerAsync(sandbox, Shell("web", $"trap 'exit 143' TERM; echo ready; {BusyboxScript.Forever}", attempt: 3), CancellationToken.None));
            await Within(earlier.StartContainerAsync(running, CancellationToken.None));
            exited = await Within(earlier.CreateContainerAsync(sandbox, Shell("job", "exit 5", attempt: 1), CancellationToken.None));
            await Within(earlier.StartContainerAsync(exited, CancellationToken.None));
            await WaitForLineAsync(running, "ready");
        }

        var adopted = Assert.Single(await Within(Runtime.ListPodSandboxesAsync(RunSelector, CancellationToken.None)));
        var containers = await Within(Runtime.ListContainersAsync(
            new Dictionary<string, string> { [ContainerLabels.PodUid] = pod.PodUid }, CancellationToken.None));
        var waiting = Runtime.WaitContainerAsync(running, CancellationToken.None);

        Assert.Equal((sandbox, true), (adopted.Id, adopted.Ready));
        Assert.Equal(pod.PodName, adopted.Labels[ContainerLabels.PodName]);
        var web = Assert.Single(containers, c => c.Name == "web");
        var job = await Within(Runtime.WaitContainerAsync(exited, CancellationToken.None));
        Assert.Equal(2, containers.Count);
        Assert.Equal((running, sandbox, ContainerState.Running), (web.Id, web.SandboxId, web.State));
        Assert.Equal("3", web.Labels[ContainerLabels.Attempt]);
        Assert.Equal(pod.PodName, web.Labels[ContainerLabels.PodName]);
        Assert.Equal("default", web.Labels[ContainerLabels.PodNamespace]);
        Assert.Equal(ContainerLabels.ManagedByValue, web.Labels[ContainerLabels.ManagedBy]);
        Assert.Equal((5, "Error", "1"), (job.ExitCode, job.Reason, job.Labels[ContainerLabels.Attempt]));
        Assert.False(waiting.IsCompleted);

        await Within(Runtime.StopContainerAsync(running, TimeSpan.FromSeconds(20), CancellationToken.None));

        Assert.Equal(143, (await Within(waiting)).ExitCode);
        await Within(Runtime.RemovePodSandboxAsync(sandbox, CancellationToken.None));
        Assert.Empty(await Within(Runtime.ListContainersAsync(RunSelector, CancellationToken.None)));
        Assert.Empty(await Within(Runtime.ListPodSandboxesAsync(RunSelector, CancellationToken.None)));
    }
}
