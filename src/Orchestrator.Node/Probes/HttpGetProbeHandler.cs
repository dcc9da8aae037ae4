using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Orchestrator.Core.Api;

namespace Orchestrator.Node.Probes;

/// <summary>
/// An httpGet probe: a status from 200 to 399 is success. Like the kubelet, it does not follow
/// redirects (a 3xx is success), does not verify HTTPS certificates, closes the connection after
/// each attempt (so a server that stops accepting is noticed) and reads no body.
/// </summary>
internal sealed class HttpGetProbeHandler(HttpGetAction action, HttpClient client) : IProbeHandler
{
    /// <summary>The User-Agent sent unless the probe sets one, as the kubelet's <c>kube-probe/x.y</c>.</summary>
    public const string UserAgent = "orch-probe/1.0";

    public async Task<ProbeOutcome> RunAsync(ProbeTarget target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (ProbePort.Resolve(action.Port, target, out var error) is not { } port)
        {
            return ProbeOutcome.Unknown(error!);
        }

        if (BuildUri(target, port) is not { } uri)
        {
            return ProbeOutcome.Unknown($"cannot build a URL from scheme \"{action.Scheme}\", host \"{action.Host ?? target.Host}\" and path \"{action.Path}\"");
        }

        using var request = BuildRequest(uri);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return code is >= 200 and < 400
                ? ProbeOutcome.Success($"HTTP probe succeeded with statuscode: {code}")
                : ProbeOutcome.Failure($"HTTP probe failed with statuscode: {code}");
        }
        catch (HttpRequestException e)
        {
            return ProbeOutcome.Failure($"Get \"{uri}\": {e.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ProbeOutcome.Failure($"Get \"{uri}\": timed out awaiting headers");
        }
    }

    /// <summary>The client every httpGet probe of the process shares, over one handler.</summary>
    internal static HttpClient CreateSharedClient() =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.Zero,
            SslOptions = { RemoteCertificateValidationCallback = static (_, _, _, _) => true },
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

    private Uri? BuildUri(ProbeTarget target, int port)
    {
        var scheme = action.Scheme.ToUpperInvariant() switch
        {
            "HTTP" or "" => "http",
            "HTTPS" => "https",
            _ => null,
        };
        var host = string.IsNullOrEmpty(action.Host) ? target.Host : action.Host;
        if (scheme is null)
        {
            return null;
        }

        if (IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            host = $"[{address}]";
        }

        var path = string.IsNullOrEmpty(action.Path) ? "/" : action.Path.StartsWith('/') ? action.Path : "/" + action.Path;
        return Uri.TryCreate(string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{port}{path}"), UriKind.Absolute, out var uri)
            ? uri
            : null;
    }

    private HttpRequestMessage BuildRequest(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.ConnectionClose = true;
        request.Headers.TryAddWithoutValidation("Accept", "*/*");
        var userAgentSet = false;
        foreach (var header in action.HttpHeaders ?? [])
        {
            if (string.Equals(header.Name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = header.Value;
                continue;
            }

            userAgentSet |= string.Equals(header.Name, "User-Agent", StringComparison.OrdinalIgnoreCase);
            if (string.Equals(header.Name, "Accept", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Remove("Accept");
            }

            request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        if (!userAgentSet)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        }

        return request;
    }
}
