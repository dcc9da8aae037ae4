namespace Orchestrator.Node.Runtime.Hollow;

public sealed partial class HollowRuntime
{
    /// <inheritdoc />
    public Task<string> RunPodSandboxAsync(PodSandboxConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ThrowIfFaulted(HollowOperation.RunPodSandbox);
        var id = NextId("s");
        lock (_gate)
        {
            // Loopback addresses: whatever probes a hollow pod, no traffic leaves the machine.
            var n = ++_addresses;
            var ip = $"127.{1 + ((n >> 16) & 0x7f)}.{(n >> 8) & 0xff}.{n & 0xff}";
            _sandboxes[id] = new HollowSandbox(id, config, ip, _time.GetUtcNow());
        }

        return Task.FromResult(id);
    }

    /// <inheritdoc />
    public Task StopPodSandboxAsync(string sandboxId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandboxId);
        HollowContainer[] members;
        lock (_gate)
        {
            if (!_sandboxes.TryGetValue(sandboxId, out var sandbox))
            {
                return Task.CompletedTask;
            }

            sandbox.Ready = false;
            members = [.. _containers.Values.Where(c => c.Sandbox == sandbox)];
        }

        foreach (var container in members)
        {
            Kill(container);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task RemovePodSandboxAsync(string sandboxId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandboxId);
        await StopPodSandboxAsync(sandboxId, cancellationToken).ConfigureAwait(false);
        string[] members;
        lock (_gate)
        {
            members = [.. _containers.Values.Where(c => c.Sandbox.Id == sandboxId).Select(c => c.Id)];
        }

        foreach (var id in members)
        {
            await RemoveContainerAsync(id, cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            _sandboxes.Remove(sandboxId);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PodSandboxStatus>> ListPodSandboxesAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labelSelector);
        ThrowIfFaulted(HollowOperation.ListPodSandboxes);
        lock (_gate)
        {
            IReadOnlyList<PodSandboxStatus> found =
                [.. _sandboxes.Values.Where(s => Matches(s.Config.Labels, labelSelector)).Select(s => s.Snapshot())];
            return Task.FromResult(found);
        }
    }
}
