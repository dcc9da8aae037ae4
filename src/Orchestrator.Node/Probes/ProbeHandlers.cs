using Orchestrator.Core.Api;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Probes;

/// <summary>Picks the handler of a probe.</summary>
internal static class ProbeHandlers
{
    private static readonly Lazy<HttpClient> SharedHttpClient = new(HttpGetProbeHandler.CreateSharedClient);

    /// <summary>The handler of <paramref name="probe"/>, which must have exactly one of exec, httpGet and tcpSocket.</summary>
    /// <exception cref="ArgumentException">The probe has no handler, or more than one.</exception>
    public static IProbeHandler For(Probe probe, IContainerRuntime runtime)
    {
        var count = (probe.Exec is null ? 0 : 1) + (probe.HttpGet is null ? 0 : 1) + (probe.TcpSocket is null ? 0 : 1);
        if (count != 1)
        {
            throw new ArgumentException(
                $"A probe must have exactly one handler of exec, httpGet and tcpSocket; this one has {count}.", nameof(probe));
        }

        return probe switch
        {
            { Exec: { } exec } => new ExecProbeHandler(exec, runtime),
            { HttpGet: { } httpGet } => new HttpGetProbeHandler(httpGet, SharedHttpClient.Value),
            _ => new TcpSocketProbeHandler(probe.TcpSocket!),
        };
    }
}
