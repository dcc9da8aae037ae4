using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>Container calls: create, start, stop, wait, inspect, remove, list, stats.</summary>
internal sealed partial class DockerClient
{
    /// <summary>POST /containers/create; a missing image is ImageNotPresent, a taken name InvalidState.</summary>
    public async Task<string> CreateContainerAsync(string name, ContainerCreateRequest request, CancellationToken cancellationToken)
    {
        var content = JsonContent.Create(request, DockerJsonContext.Default.ContainerCreateRequest);
        try
        {
            var created = await SendJsonAsync(
                HttpMethod.Post, $"/containers/create?name={Uri.EscapeDataString(name)}", content, DockerJsonContext.Default.IdResponse,
                $"create container {name}", cancellationToken);
            return created.Id;
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
        {
            // The only thing create looks up is the image (the sandbox's absence is a 404 too, but it is checked first).
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.ImageNotPresent, e.Message, e);
        }
    }

    /// <summary>POST /containers/{id}/start; false when it was already running (304).</summary>
    public Task<bool> StartContainerAsync(string id, CancellationToken cancellationToken) =>
        SendNoContentAsync(HttpMethod.Post, $"/containers/{Escape(id)}/start", null, $"start container {id}", _requestTimeout, cancellationToken);

    /// <summary>
    /// POST /containers/{id}/stop?t=: the engine sends the stop signal (SIGTERM unless the image says otherwise),
    /// then SIGKILL after <paramref name="graceSeconds"/>; returns once the container is down. False when it was not running.
    /// </summary>
    public Task<bool> StopContainerAsync(string id, int graceSeconds, CancellationToken cancellationToken) =>
        SendNoContentAsync(
            HttpMethod.Post, $"/containers/{Escape(id)}/stop?t={graceSeconds}", null, $"stop container {id}",
            TimeSpan.FromSeconds(graceSeconds) + _requestTimeout, cancellationToken);

    /// <summary>
    /// POST /containers/{id}/wait?condition=: completes when the container is not running (<c>not-running</c>) or after
    /// its next exit (<c>next-exit</c>, for one not yet started). No time limit but the caller's.
    /// </summary>
    public async Task<WaitResponse> WaitContainerAsync(string id, string condition, CancellationToken cancellationToken)
    {
        var what = $"wait for container {id}";
        using var response = await SendStreamingAsync(HttpMethod.Post, $"/containers/{Escape(id)}/wait?condition={condition}", null, what, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync(DockerJsonContext.Default.WaitResponse, cancellationToken)
                ?? throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"{what}: Docker answered with an empty body.");
        }
        catch (JsonException e)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"{what}: Docker's answer is not a wait result: {e.Message}", e);
        }
    }

    /// <summary>GET /containers/{id}/json.</summary>
    public Task<ContainerInspectResponse> InspectContainerAsync(string id, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Get, $"/containers/{Escape(id)}/json", null, DockerJsonContext.Default.ContainerInspectResponse, $"inspect container {id}", cancellationToken);

    /// <summary>DELETE /containers/{id}?force=1&amp;v=1: kills it if it runs, removes it and its anonymous volumes. False when it did not exist.</summary>
    public async Task<bool> RemoveContainerAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await SendNoContentAsync(HttpMethod.Delete, $"/containers/{Escape(id)}?force=1&v=1", null, $"remove container {id}", _requestTimeout, cancellationToken);
            return true;
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
        {
            return false;
        }
    }

    /// <summary>GET /containers/json?all=1&amp;filters=: every container, running or not, whose labels contain each pair.</summary>
    public Task<IReadOnlyList<ContainerSummary>> ListContainersAsync(IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken) =>
        ListContainersAsync(labels.Select(label => $"{label.Key}={label.Value}").ToList(), cancellationToken);

    /// <summary>
    /// GET /containers/json?all=1&amp;filters=: every container, running or not, that matches each label filter:
    /// <c>key=value</c>, or <c>key</c> for any value.
    /// </summary>
    public Task<IReadOnlyList<ContainerSummary>> ListContainersAsync(IReadOnlyList<string> labelFilters, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, IReadOnlyList<string>> filters = new Dictionary<string, IReadOnlyList<string>> { ["label"] = labelFilters };
        var json = JsonSerializer.Serialize(filters, DockerJsonContext.Default.IReadOnlyDictionaryStringIReadOnlyListString);
        return SendJsonAsync(
            HttpMethod.Get, $"/containers/json?all=1&filters={Uri.EscapeDataString(json)}", null, DockerJsonContext.Default.IReadOnlyListContainerSummary,
            "list containers", cancellationToken);
    }

    /// <summary>GET /containers/{id}/stats?stream=false: one sample (with <c>one-shot</c> where the API has it, so without a second sample's wait).</summary>
    public async Task<StatsResponse> StatsAsync(string id, CancellationToken cancellationToken)
    {
        var (_, api) = await VersionAsync(cancellationToken);
        var oneShot = api.CompareTo(DockerApiVersion.OneShotStats) >= 0 ? "&one-shot=true" : string.Empty;
        return await SendJsonAsync(
            HttpMethod.Get, $"/containers/{Escape(id)}/stats?stream=false{oneShot}", null, DockerJsonContext.Default.StatsResponse, $"stats of container {id}", cancellationToken);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
