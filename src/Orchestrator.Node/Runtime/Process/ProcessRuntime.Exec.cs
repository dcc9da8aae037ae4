using System.Diagnostics;
using System.Text;

namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    /// <summary>How much of an exec's output is kept (its beginning).</summary>
    private const int ExecOutputLimit = 8 * 1024;

    /// <summary>How long, once the command has exited, its output may take to reach its end.</summary>
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(1);

    /// <inheritdoc/>
    /// <remarks>
    /// The command runs as a new process of the host with the container's environment and working directory
    /// (there are no namespaces to enter), stdout and stderr together; past its timeout, it and its children are killed.
    /// </remarks>
    public async Task<ExecResult> ExecAsync(
        string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await HostAsync();
        var container = Container(containerId);
        if (container.State != ContainerState.Running)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.InvalidState, $"Container {containerId} is {container.State}: exec needs a running container.");
        }

        var record = container.Record;
        var program = command.Count > 0 ? Programs.Resolve(command[0], record.Environment.GetValueOrDefault("PATH")) : null;
        if (program is null)
        {
            return new ExecResult(127, command.Count > 0 ? $"{command[0]}: executable file not found in $PATH" : "no command", TimedOut: false);
        }

        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = record.WorkingDirectory,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in record.Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)
            ?? throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"Could not exec {program} in container {containerId}.");
        process.StandardInput.Close();
        var output = new ExecOutput();
        var stdout = output.CopyAsync(process.StandardOutput);
        var stderr = output.CopyAsync(process.StandardError);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, _time, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            timedOut = e is TimeoutException;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            if (!timedOut)
            {
                throw;
            }
        }

        try
        {
            await Task.WhenAll(stdout, stderr).WaitAsync(OutputGrace, _time, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            // Something the command left running in the background still holds its output open.
        }

        return new ExecResult(process.ExitCode, output.ToString(), timedOut);
    }

    /// <summary>The beginning of an exec's stdout and stderr, as they come.</summary>
    private sealed class ExecOutput
    {
        private readonly StringBuilder _text = new();

        public async Task CopyAsync(StreamReader reader)
        {
            var buffer = new char[1024];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                lock (_text)
                {
                    _text.Append(buffer, 0, Math.Min(read, Math.Max(0, ExecOutputLimit - _text.Length)));
                }
            }
        }

        public override string ToString()
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }
}
