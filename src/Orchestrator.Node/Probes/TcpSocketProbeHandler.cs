using System.Net.Sockets;
using Orchestrator.Core.Api;

namespace Orchestrator.Node.Probes;

/// <summary>A tcpSocket probe: success when a TCP connection is established, which is closed at once.</summary>
internal sealed class TcpSocketProbeHandler(TcpSocketAction action) : IProbeHandler
{
    public async Task<ProbeOutcome> RunAsync(ProbeTarget target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (ProbePort.Resolve(action.Port, target, out var error) is not { } port)
        {
            return ProbeOutcome.Unknown(error!);
        }

        var host = string.IsNullOrEmpty(action.Host) ? target.Host : action.Host;
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken);
            return ProbeOutcome.Success();
        }
        catch (SocketException e)
        {
            return ProbeOutcome.Failure($"dial tcp {host}:{port}: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            return ProbeOutcome.Failure($"dial tcp {host}:{port}: timed out");
        }
    }
}
