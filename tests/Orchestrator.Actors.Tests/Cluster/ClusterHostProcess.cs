using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>
/// A cluster member in a child process (tests/Orchestrator.Actors.ClusterHost): started with a port, a seed and
/// config lines, it reports its address and then its member events line by line, which this reads as they come.
/// No test-framework dependency: the failover benchmark links this file too.
/// </summary>
public sealed class ClusterHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    private ClusterHostProcess(Process process, Address address)
    {
        _process = process;
        Address = address;
        _ = PumpAsync();
    }

    /// <summary>The member's address.</summary>
    public Address Address { get; }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the host at <paramref name="hostPath"/>; <paramref name="seed"/> null forms a new cluster.</summary>
    public static async Task<ClusterHostProcess> StartAsync(
        string hostPath, string secret, Address? seed, IEnumerable<string> config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!File.Exists(hostPath))
        {
            throw new FileNotFoundException($"The cluster host is not built at {hostPath}.", hostPath);
        }

        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hostPath);
        info.ArgumentList.Add("0");
        info.ArgumentList.Add(seed?.ToString() ?? "self");
        foreach (var line in config)
        {
            info.ArgumentList.Add(line);
        }

        info.Environment["ORCH_CLUSTER_SECRET"] = secret;
        var process = Process.Start(info) ?? throw new InvalidOperationException("The cluster host did not start.");
        var first = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (first?.Split(' ') is not ["ADDRESS", var address, "UID", _])
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException($"The cluster host printed '{first}' instead of its address.");
        }

        return new ClusterHostProcess(process, Address.Parse(address));
    }

    /// <summary>Waits for the next line (event) that is <c>{what} {address}</c>, skipping others.</summary>
    public async Task WaitForEventAsync(string what, Address address, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var expected = string.Create(CultureInfo.InvariantCulture, $"{what} {address}");
        try
        {
            while (await _lines.Reader.ReadAsync(deadline.Token) != expected)
            {
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Address} did not report '{expected}' within {timeout}.");
        }
    }

    /// <summary>Kills the process at once (SIGKILL): no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Closes the host's standard input (it terminates its system and exits) and waits for it.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task PumpAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            await _lines.Writer.WriteAsync(line);
        }

        _lines.Writer.TryComplete();
    }
}
