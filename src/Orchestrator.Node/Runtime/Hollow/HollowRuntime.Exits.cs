namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>How hollow containers end: their script, a stop, a kill, or a test's crash.</summary>
public sealed partial class HollowRuntime
{
    /// <summary>
    /// Test hook: makes a running container exit now with <paramref name="exitCode"/>, as if its process had
    /// (reason <c>Completed</c> for 0, else <c>Error</c>). False when it was not running.
    /// </summary>
    /// <exception cref="ContainerRuntimeException">No container has the id (<see cref="ContainerRuntimeErrorKind.NotFound"/>).</exception>
    public bool Crash(string containerId, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        HollowContainer container;
        lock (_gate)
        {
            container = Get(containerId);
        }

        return TryExit(container, exitCode, exitCode == 0 ? "Completed" : "Error", null);
    }

    /// <summary>
    /// Test hook: whether a stop is waiting out the grace period of the container (it ignores SIGTERM),
    /// so that a test on virtual time knows the grace period has begun before it advances the clock.
    /// </summary>
    public bool IsStopping(string containerId)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        lock (_gate)
        {
            return _containers.TryGetValue(containerId, out var container) && container.Stopping;
        }
    }

    private void Kill(HollowContainer container) => TryExit(container, 137, "Error", "Killed by SIGKILL.");

    /// <summary>Ends a running container; false when it was not running.</summary>
    private bool TryExit(HollowContainer container, int exitCode, string reason, string? message)
    {
        ContainerStatus final;
        lock (_gate)
        {
            if (container.State != ContainerState.Running)
            {
                return false;
            }

            container.State = ContainerState.Exited;
            container.Stopping = false;
            container.ExitCode = exitCode;
            container.Reason = reason;
            container.Message = message;
            container.FinishedAt = _time.GetUtcNow();
            final = container.Snapshot();
        }

        container.Lifetime.Cancel();
        container.Log.Close();
        container.Exited.TrySetResult(final);
        return true;
    }
}
