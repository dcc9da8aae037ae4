using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>
/// A small typed client of the Docker Engine API over its unix socket (HttpClient with a
/// <see cref="SocketsHttpHandler.ConnectCallback"/>), with exactly the calls the runtime uses. The API
/// version is negotiated on first use: the lower of the engine's and <see cref="DockerApiVersion.MaximumSupported"/>.
/// Failures are <see cref="ContainerRuntimeException"/>s carrying Docker's own message: 404 is NotFound,
/// 409 InvalidState, an engine that does not answer Unavailable, anything else Failed. Thread-safe.
/// </summary>
internal sealed partial class DockerClient : IDisposable
{
    private const string ErrorMediaType = "application/json";

    private readonly HttpClient _http;
    private readonly string _socketPath;
    private readonly TimeSpan _requestTimeout;
    private Negotiated? _negotiated;

    /// <summary>A client of the engine listening on <paramref name="socketPath"/>.</summary>
    public DockerClient(string socketPath, TimeSpan requestTimeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(socketPath);
        _socketPath = socketPath;
        _requestTimeout = requestTimeout;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri("http://docker"), Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>GET /_ping (unversioned): true when the engine answers OK.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = Deadline(_requestTimeout, cancellationToken);
            using var response = await _http.GetAsync("/_ping", timeout.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The engine's version and the API version this client speaks with it, negotiating on first use.</summary>
    public async Task<(VersionResponse Engine, DockerApiVersion Api)> VersionAsync(CancellationToken cancellationToken)
    {
        var negotiated = await NegotiateAsync(cancellationToken);
        return (negotiated.Engine, negotiated.Api);
    }

    public void Dispose() => _http.Dispose();

    private async Task<Negotiated> NegotiateAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _negotiated) is { } known)
        {
            return known;
        }

        // Unversioned: the engine answers in its newest API, which tells us what it speaks.
        var engine = await SendJsonAsync(HttpMethod.Get, "/version", null, DockerJsonContext.Default.VersionResponse, "version", cancellationToken, versioned: false);
        DockerApiVersion server;
        try
        {
            server = DockerApiVersion.Parse(engine.ApiVersion);
        }
        catch (FormatException e)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"the Docker engine at {_socketPath} gave a bad API version: {e.Message}", e);
        }

        var negotiated = new Negotiated(engine, DockerApiVersion.Negotiate(server));
        Volatile.Write(ref _negotiated, negotiated);
        return negotiated;
    }

    /// <summary>Sends a call and reads its JSON answer, all within the request timeout.</summary>
    private async Task<T> SendJsonAsync<T>(
        HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T> answer, string what, CancellationToken cancellationToken, bool versioned = true)
    {
        using var timeout = Deadline(_requestTimeout, cancellationToken);
        try
        {
            using var response = await SendAsync(method, path, content, what, timeout.Token, versioned, HttpCompletionOption.ResponseContentRead);
            return await response.Content.ReadFromJsonAsync(answer, timeout.Token)
                ?? throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"{what}: Docker answered with an empty body.");
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(what, _requestTimeout, e);
        }
        catch (JsonException e)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"{what}: Docker's answer is not what API {ApiLabel} describes: {e.Message}", e);
        }
    }

    /// <summary>Sends a call whose answer has no body worth reading, within <paramref name="limit"/>; true unless it was 304 Not Modified.</summary>
    private async Task<bool> SendNoContentAsync(HttpMethod method, string path, HttpContent? content, string what, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = Deadline(limit, cancellationToken);
        try
        {
            using var response = await SendAsync(method, path, content, what, timeout.Token, versioned: true, HttpCompletionOption.ResponseContentRead);
            return response.StatusCode != HttpStatusCode.NotModified;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(what, limit, e);
        }
    }

    /// <summary>
    /// Sends a call and returns once the answer's headers are in (a stream follows); no time limit but the
    /// caller's. The caller disposes the answer.
    /// </summary>
    private Task<HttpResponseMessage> SendStreamingAsync(HttpMethod method, string path, HttpContent? content, string what, CancellationToken cancellationToken) =>
        SendAsync(method, path, content, what, cancellationToken, versioned: true, HttpCompletionOption.ResponseHeadersRead);

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, HttpContent? content, string what, CancellationToken cancellationToken, bool versioned, HttpCompletionOption completion)
    {
        var uri = versioned ? $"/v{(await NegotiateAsync(cancellationToken)).Api}{path}" : path;
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ContainerRuntimeException(
                ContainerRuntimeErrorKind.Unavailable, $"{what}: the Docker engine at {_socketPath} does not answer: {e.Message}", e);
        }

        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
        {
            return response;
        }

        using (response)
        {
            throw await ErrorAsync(response, what, cancellationToken);
        }
    }

    /// <summary>The exception for a failed call: its kind from the status code, its message Docker's own.</summary>
    private static async Task<ContainerRuntimeException> ErrorAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var message = body.Trim();
        if (response.Content.Headers.ContentType?.MediaType == ErrorMediaType || message.StartsWith('{'))
        {
            try
            {
                message = JsonSerializer.Deserialize(body, DockerJsonContext.Default.ErrorResponse)?.Message ?? message;
            }
            catch (JsonException)
            {
                // Not Docker's error shape: the raw body says more than nothing.
            }
        }

        var kind = response.StatusCode switch
        {
            HttpStatusCode.NotFound => ContainerRuntimeErrorKind.NotFound,
            HttpStatusCode.Conflict => ContainerRuntimeErrorKind.InvalidState,
            _ => ContainerRuntimeErrorKind.Failed,
        };
        return new ContainerRuntimeException(kind, $"{what}: Docker answered {(int)response.StatusCode} {response.ReasonPhrase}: {message}");
    }

    private ContainerRuntimeException TimedOut(string what, TimeSpan limit, Exception inner) =>
        new(ContainerRuntimeErrorKind.Unavailable, $"{what}: the Docker engine at {_socketPath} did not answer within {limit.TotalSeconds:0.###} s.", inner);

    private string ApiLabel => Volatile.Read(ref _negotiated)?.Api.ToString() ?? "?";

    private static CancellationTokenSource Deadline(TimeSpan limit, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(limit);
        return source;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>What the first <c>/version</c> call established.</summary>
    private sealed record Negotiated(VersionResponse Engine, DockerApiVersion Api);
}
