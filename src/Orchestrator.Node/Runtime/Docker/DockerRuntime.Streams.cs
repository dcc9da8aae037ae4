using System.Runtime.CompilerServices;
using System.Text;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>What comes out of a container: logs, exec output, and resource usage.</summary>
public sealed partial class DockerRuntime
{
    /// <summary>How much of an exec's output is kept, as Kubernetes keeps of an exec probe's (10 KiB).</summary>
    internal const int MaxExecOutputChars = 10 * 1024;

    /// <summary>The exit code reported for an exec that ran past its timeout (the kill's: 128 + SIGKILL).</summary>
    internal const int TimedOutExitCode = 137;

    /// <inheritdoc/>
    public async IAsyncEnumerable<LogLine> ReadLogsAsync(
        string containerId, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Tail is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Tail, "Tail must not be negative.");
        }

        await foreach (var (stream, line) in _client.LogsAsync(containerId, options.Follow, options.Tail, cancellationToken))
        {
            yield return DockerTime.TrySplitLogLine(line, out var timestamp, out var text)
                ? new LogLine(timestamp, stream, text)
                : new LogLine(_time.GetUtcNow(), stream, line);
        }
    }

    /// <inheritdoc/>
    public async Task<ExecResult> ExecAsync(
        string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0)
        {
            throw new ArgumentException("The command is empty.", nameof(command));
        }

        var execId = await _client.CreateExecAsync(containerId, command, cancellationToken);
        var output = new StringBuilder();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await foreach (var (_, line) in _client.StartExecAsync(execId, deadline.Token))
            {
                if (output.Length < MaxExecOutputChars)
                {
                    output.Append(line).Append('\n');
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await KillExecAsync(containerId, execId);
            return new ExecResult(TimedOutExitCode, Truncate(output), TimedOut: true);
        }

        return new ExecResult(await ExitCodeAsync(execId, cancellationToken), Truncate(output), TimedOut: false);
    }

    /// <inheritdoc/>
    public async Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        var inspected = await _client.InspectContainerAsync(containerId, cancellationToken);
        if (!inspected.State.Running)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.InvalidState, $"stats of container {containerId}: it is not running ({inspected.State.Status}).");
        }

        var stats = await _client.StatsAsync(inspected.Id, cancellationToken);
        return DockerStatusConverter.ToStats(inspected.Id, stats, inspected.HostConfig?.Memory ?? 0, _time.GetUtcNow());
    }

    /// <summary>The exit code of a finished exec; the engine records it a moment after the output ends.</summary>
    private async Task<int> ExitCodeAsync(string execId, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_settings.RequestTimeout);
        var delay = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            var inspected = await _client.InspectExecAsync(execId, cancellationToken);
            if (!inspected.Running && inspected.ExitCode is { } exitCode)
            {
                return exitCode;
            }

            try
            {
                await Task.Delay(delay, _time, deadline.Token);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"exec {execId}: its output ended but it has no exit code.", e);
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMilliseconds(100).Ticks));
        }
    }

    /// <summary>
    /// Kills an exec that ran past its timeout. The engine has no call for that, so it is killed by its pid on
    /// this host (the engine runs here: it listens on a local socket); best effort.
    /// </summary>
    private async Task KillExecAsync(string containerId, string execId)
    {
        try
        {
            var inspected = await _client.InspectExecAsync(execId, CancellationToken.None);
            if (inspected is { Running: true, Pid: > 0 })
            {
                using var process = System.Diagnostics.Process.GetProcessById(inspected.Pid);
                process.Kill();
            }
        }
        catch (Exception e) when (e is ContainerRuntimeException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            LogExecKillFailed(containerId, execId, e.Message);
        }
    }

    private static string Truncate(StringBuilder output) =>
        output.Length <= MaxExecOutputChars ? output.ToString() : output.ToString(0, MaxExecOutputChars);
}
