using System.Diagnostics;
using System.Reflection;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>
/// The agent host (tests/Orchestrator.Node.AgentHost) as a child process: it starts containers through the process
/// runtime and reports their ids; the test kills it with SIGKILL, as a crash or the OOM killer would.
/// </summary>
internal sealed class AgentHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;

    private AgentHostProcess(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts the host: <paramref name="count"/> containers sleeping <paramref name="sleep"/> seconds, with the attempt label <paramref name="attempt"/>.</summary>
    public static AgentHostProcess Start(string rootDirectory, int count, string sleep, int attempt)
    {
        var path = typeof(AgentHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AgentHost").Value!;
        Assert.True(File.Exists(path), $"The agent host is not built at {path}.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { path, rootDirectory, count.ToString(System.Globalization.CultureInfo.InvariantCulture), sleep, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return new AgentHostProcess(Process.Start(start) ?? throw new InvalidOperationException("The agent host did not start."));
    }

    /// <summary>Reads the ids of the containers it started, until it says it is ready.</summary>
    public async Task<List<string>> ReadStartedAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "ready")
            {
                return ids;
            }

            if (line.StartsWith("started ", StringComparison.Ordinal))
            {
                ids.Add(line["started ".Length..]);
            }
        }

        await _process.WaitForExitAsync(cancellationToken);
        Assert.Fail($"The agent host exited with {_process.ExitCode} before it was ready: {await _errors}");
        return ids;
    }

    /// <summary>Kills the host alone with SIGKILL (its containers are not its process tree's to lose) and waits for it to die.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        _process.Dispose();
    }
}
