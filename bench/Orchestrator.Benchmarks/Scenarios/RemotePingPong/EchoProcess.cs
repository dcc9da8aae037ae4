using System.Diagnostics;
using Orchestrator.Actors;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>The echo process: this same program started with <see cref="RemoteEchoHost.Command"/>; it ends when its standard input closes.</summary>
internal sealed class EchoProcess : IAsyncDisposable
{
    private readonly Process _process;

    private EchoProcess(Process process, Address address, int rawPort)
    {
        _process = process;
        Address = address;
        RawPort = rawPort;
    }

    /// <summary>The echo system's address.</summary>
    public Address Address { get; }

    /// <summary>The port of the baseline's echo server.</summary>
    public int RawPort { get; }

    public static async Task<EchoProcess> StartAsync(string secret, CancellationToken cancellationToken)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(typeof(EchoProcess).Assembly.Location);
        }

        info.ArgumentList.Add(RemoteEchoHost.Command);
        info.Environment[RemotePingPongSetup.SecretVariable] = secret;
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the echo process");
        try
        {
            Address? address = null;
            int? rawPort = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            while (address is null || rawPort is null)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException("the echo process exited before printing its address");
                if (line.StartsWith("ADDRESS ", StringComparison.Ordinal))
                {
                    address = Address.Parse(line["ADDRESS ".Length..]);
                }
                else if (line.StartsWith("RAW ", StringComparison.Ordinal))
                {
                    rawPort = int.Parse(line["RAW ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return new EchoProcess(process, address, rawPort.Value);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
