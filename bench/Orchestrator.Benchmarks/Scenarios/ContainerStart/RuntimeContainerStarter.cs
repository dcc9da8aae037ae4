using System.Diagnostics;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>
/// Starts containers through a runtime, all in one pod sandbox (made untimed, first): each start is
/// CreateContainerAsync then StartContainerAsync, the kubelet's create-to-running. Disposing removes the sandbox
/// and with it every container.
/// </summary>
internal sealed class RuntimeContainerStarter : IStarter
{
    private readonly IContainerRuntime _runtime;
    private readonly Func<int, ContainerConfig> _config;
    private int _started;

    private RuntimeContainerStarter(string key, IContainerRuntime runtime, string sandboxId, Func<int, ContainerConfig> config)
    {
        Key = key;
        _runtime = runtime;
        SandboxId = sandboxId;
        _config = config;
    }

    public string Key { get; }

    /// <summary>The sandbox the containers run in.</summary>
    public string SandboxId { get; }

    /// <summary>Runs the sandbox the containers will share.</summary>
    public static async Task<RuntimeContainerStarter> CreateAsync(
        string key, IContainerRuntime runtime, PodSandboxConfig sandbox, Func<int, ContainerConfig> config, CancellationToken cancellationToken)
    {
        var sandboxId = await runtime.RunPodSandboxAsync(sandbox, cancellationToken);
        return new RuntimeContainerStarter(key, runtime, sandboxId, config);
    }

    public async Task<TimeSpan> StartOneAsync(CancellationToken cancellationToken)
    {
        var config = _config(_started++);
        var begun = Stopwatch.GetTimestamp();
        var id = await _runtime.CreateContainerAsync(SandboxId, config, cancellationToken);
        await _runtime.StartContainerAsync(id, cancellationToken);
        return Stopwatch.GetElapsedTime(begun);
    }

    public async ValueTask DisposeAsync()
    {
        await _runtime.StopPodSandboxAsync(SandboxId, CancellationToken.None);
        await _runtime.RemovePodSandboxAsync(SandboxId, CancellationToken.None);
    }
}
