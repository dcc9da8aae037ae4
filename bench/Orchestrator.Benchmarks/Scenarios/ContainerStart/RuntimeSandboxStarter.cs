using System.Diagnostics;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>Starts pod sandboxes through a runtime (RunPodSandboxAsync); disposing removes them.</summary>
internal sealed class RuntimeSandboxStarter(string key, IContainerRuntime runtime, Func<int, PodSandboxConfig> config) : IStarter
{
    private readonly List<string> _sandboxes = [];

    public string Key { get; } = key;

    public async Task<TimeSpan> StartOneAsync(CancellationToken cancellationToken)
    {
        var sandbox = config(_sandboxes.Count);
        var begun = Stopwatch.GetTimestamp();
        var id = await runtime.RunPodSandboxAsync(sandbox, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(begun);
        _sandboxes.Add(id);
        return elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _sandboxes)
        {
            await runtime.RemovePodSandboxAsync(id, CancellationToken.None);
        }
    }
}
