using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Orchestrator.Node.Stats;

/// <summary>
/// The worker's HTTP endpoint for monitoring, on Kestrel without a generic host (so it takes no
/// part in the process's signal handling): <c>GET /metrics</c> serves the Prometheus exposition
/// of the latest stats, <c>GET /healthz</c> answers <c>ok</c>.
/// </summary>
public sealed class MetricsEndpoint : IAsyncDisposable
{
    private readonly KestrelServer _server;
    private readonly ServiceProvider _services;

    private MetricsEndpoint(KestrelServer server, ServiceProvider services, IPEndPoint address)
    {
        _server = server;
        _services = services;
        Address = address;
    }

    /// <summary>The address it listens on (with the actual port when 0 was asked for).</summary>
    public IPEndPoint Address { get; }

    /// <summary>Starts serving <paramref name="stats"/> on <paramref name="address"/>.</summary>
    /// <exception cref="IOException">The address cannot be bound (e.g. the port is taken).</exception>
    public static async Task<MetricsEndpoint> StartAsync(
        IPEndPoint address, LatestNodeStats stats, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var services = new ServiceCollection().AddSingleton(loggerFactory).BuildServiceProvider();
        var options = new KestrelServerOptions { AddServerHeader = false, ApplicationServices = services };
        options.Listen(address);
        var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), loggerFactory);
        var server = new KestrelServer(Options.Create(options), transport, loggerFactory);
        try
        {
            await server.StartAsync(new Application(stats), cancellationToken);
        }
        catch
        {
            server.Dispose();
            await services.DisposeAsync();
            throw;
        }

        var bound = new Uri(server.Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new MetricsEndpoint(server, services, new IPEndPoint(IPAddress.Parse(bound.Host.Trim('[', ']')), bound.Port));
    }

    /// <summary>Stops listening, letting requests in progress finish for a moment.</summary>
    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _server.StopAsync(grace.Token);
        _server.Dispose();
        await _services.DisposeAsync();
    }

    /// <summary>Answers the requests.</summary>
    private sealed class Application(LatestNodeStats stats) : IHttpApplication<HttpContext>
    {
        public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

        public Task ProcessRequestAsync(HttpContext context)
        {
            var request = context.Request;
            var response = context.Response;
            var (contentType, body) = request.Path.Value switch
            {
                "/metrics" => (PrometheusTextFormat.ContentType, (Func<string>)(() => PrometheusTextFormat.Write(stats.Current))),
                "/healthz" => ("text/plain; charset=utf-8", () => "ok"),
                _ => (null, null),
            };
            if (body is null)
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                response.Headers.Allow = "GET, HEAD";
                return Task.CompletedTask;
            }

            response.ContentType = contentType;
            return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.WriteAsync(body(), context.RequestAborted);
        }

        public void DisposeContext(HttpContext context, Exception? exception)
        {
        }
    }
}
