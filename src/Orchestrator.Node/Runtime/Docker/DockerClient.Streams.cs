using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>Calls that stream a container's output: logs, and exec (create, start attached, inspect).</summary>
internal sealed partial class DockerClient
{
    /// <summary>
    /// GET /containers/{id}/logs with timestamps: the last <paramref name="tail"/> lines (all when null), then, when
    /// <paramref name="follow"/>, new ones until the container stops. Each line starts with its RFC 3339 timestamp.
    /// </summary>
    public async IAsyncEnumerable<(LogStream Stream, string Line)> LogsAsync(
        string id, bool follow, int? tail, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tailText = tail is { } count ? count.ToString(CultureInfo.InvariantCulture) : "all";
        using var response = await SendStreamingAsync(
            HttpMethod.Get, $"/containers/{Escape(id)}/logs?stdout=1&stderr=1&timestamps=1&follow={(follow ? 1 : 0)}&tail={tailText}",
            null, $"logs of container {id}", cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var line in MultiplexedStreamReader.ReadLinesAsync(body, cancellationToken))
        {
            yield return line;
        }
    }

    /// <summary>POST /containers/{id}/exec: prepares <paramref name="command"/> with stdout and stderr attached; InvalidState when the container is not running.</summary>
    public async Task<string> CreateExecAsync(string id, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var content = JsonContent.Create(new ExecCreateRequest(command), DockerJsonContext.Default.ExecCreateRequest);
        var created = await SendJsonAsync(HttpMethod.Post, $"/containers/{Escape(id)}/exec", content, DockerJsonContext.Default.IdResponse, $"exec in container {id}", cancellationToken);
        return created.Id;
    }

    /// <summary>POST /exec/{id}/start, attached: the command's output until it exits; no time limit but the caller's.</summary>
    public async IAsyncEnumerable<(LogStream Stream, string Line)> StartExecAsync(string execId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var content = JsonContent.Create(new ExecStartRequest(), DockerJsonContext.Default.ExecStartRequest);
        using var response = await SendStreamingAsync(HttpMethod.Post, $"/exec/{Escape(execId)}/start", content, $"start exec {execId}", cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var line in MultiplexedStreamReader.ReadLinesAsync(body, cancellationToken))
        {
            yield return line;
        }
    }

    /// <summary>GET /exec/{id}/json: whether the command still runs, its exit code and its host pid.</summary>
    public Task<ExecInspectResponse> InspectExecAsync(string execId, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Get, $"/exec/{Escape(execId)}/json", null, DockerJsonContext.Default.ExecInspectResponse, $"inspect exec {execId}", cancellationToken);
}
