using System.Runtime.CompilerServices;
using System.Text;

namespace Orchestrator.Node.Runtime.Hollow;

public sealed partial class HollowRuntime
{
    private const int MaxExecOutput = 4096;

    /// <inheritdoc />
    public async IAsyncEnumerable<LogLine> ReadLogsAsync(
        string containerId, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        ArgumentNullException.ThrowIfNull(options);
        HollowLog log;
        lock (_gate)
        {
            log = Get(containerId).Log;
        }

        await foreach (var line in log.ReadAsync(options, cancellationToken).ConfigureAwait(false))
        {
            yield return line;
        }
    }

    /// <inheritdoc />
    public async Task<ExecResult> ExecAsync(
        string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        ArgumentNullException.ThrowIfNull(command);
        HollowContainer container;
        Func<string, IReadOnlyList<string>, ExecResult?>? handler;
        lock (_gate)
        {
            container = Get(containerId);
            if (container.State != ContainerState.Running)
            {
                throw new ContainerRuntimeException(
                    ContainerRuntimeErrorKind.InvalidState, $"The container \"{containerId}\" is {container.State}: exec needs a running container.");
            }

            handler = _execHandler;
        }

        if (handler?.Invoke(containerId, command) is { } answered)
        {
            return answered;
        }

        var (steps, problem) = HollowScript.Parse(command);
        if (problem is not null)
        {
            return new ExecResult(126, problem, TimedOut: false);
        }

        var output = new StringBuilder();
        void Write(LogStream stream, string line)
        {
            lock (output)
            {
                if (output.Length < MaxExecOutput)
                {
                    output.Append(line).Append('\n');
                }
            }
        }

        using var timedOut = new CancellationTokenSource(timeout, _time);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(timedOut.Token, cancellationToken, container.Lifetime.Token);
        try
        {
            var end = await InterpretAsync(container, steps, Write, cancel.Token).ConfigureAwait(false);
            if (end is { } finished)
            {
                return new ExecResult(finished.ExitCode, Text(output), TimedOut: false);
            }

            // A command that runs until stopped runs until the timeout.
            await Task.Delay(Timeout.InfiniteTimeSpan, _time, cancel.Token).ConfigureAwait(false);
            throw new InvalidOperationException("An infinite delay ended.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExecResult(-1, Text(output), TimedOut: timedOut.IsCancellationRequested);
        }
    }

    /// <inheritdoc />
    public Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        lock (_gate)
        {
            var container = Get(containerId);
            var now = _time.GetUtcNow();
            var running = container.State == ContainerState.Running;
            var millicores = container.CpuMillicores ?? (container.Busy ? 1000 : _settings.CpuMillicores);
            var ran = container.StartedAt is { } started ? (container.FinishedAt ?? now) - started : TimeSpan.Zero;
            var cpuNanoseconds = (ulong)Math.Max(0, ran.Ticks) * (ulong)millicores / 10;
            var memory = running ? (ulong)(container.MemoryBytes ?? _settings.MemoryWorkingSetBytes) : 0;
            var limit = container.Config.Resources.MemoryBytes is { } bytes ? (ulong?)bytes : null;
            return Task.FromResult(new ContainerStats(containerId, now, cpuNanoseconds, memory, limit));
        }
    }

    /// <summary>Test hook: sets the CPU (thousandths of a core) and memory a container reports as its usage; null keeps the default.</summary>
    /// <exception cref="ContainerRuntimeException">No container has the id (<see cref="ContainerRuntimeErrorKind.NotFound"/>).</exception>
    public void SetUsage(string containerId, int? cpuMillicores, long? memoryBytes)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        lock (_gate)
        {
            var container = Get(containerId);
            container.CpuMillicores = cpuMillicores;
            container.MemoryBytes = memoryBytes;
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
