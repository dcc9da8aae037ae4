using System.Net.Http.Headers;
using System.Text.Json;
using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>Image calls: inspect, and import from a root filesystem tarball (there is no registry to pull from).</summary>
internal sealed partial class DockerClient
{
    /// <summary>GET /images/{name}/json; NotFound when the image is not present.</summary>
    public Task<ImageInspectResponse> InspectImageAsync(string reference, CancellationToken cancellationToken) =>
        SendJsonAsync(HttpMethod.Get, $"/images/{Uri.EscapeDataString(reference)}/json", null, DockerJsonContext.Default.ImageInspectResponse, $"inspect image {reference}", cancellationToken);

    /// <summary>DELETE /images/{name}?force=1: untags the reference and deletes the image when nothing else uses it; false when it did not exist.</summary>
    public async Task<bool> RemoveImageAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            await SendNoContentAsync(HttpMethod.Delete, $"/images/{Uri.EscapeDataString(reference)}?force=1", null, $"remove image {reference}", _requestTimeout, cancellationToken);
            return true;
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
        {
            return false;
        }
    }

    /// <summary>
    /// POST /images/create?fromSrc=-: makes <paramref name="reference"/> from a tarball of a root filesystem
    /// (<c>docker import</c>). The engine answers with a progress stream, in which a failure is a message with an error.
    /// </summary>
    public async Task ImportImageAsync(string reference, ReadOnlyMemory<byte> rootFilesystemTar, CancellationToken cancellationToken)
    {
        var (repository, tag) = SplitReference(reference);
        var what = $"import image {reference}";
        using var content = new ReadOnlyMemoryContent(rootFilesystemTar);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        using var timeout = Deadline(_requestTimeout, cancellationToken);
        try
        {
            using var response = await SendAsync(
                HttpMethod.Post, $"/images/create?fromSrc=-&repo={Uri.EscapeDataString(repository)}&tag={Uri.EscapeDataString(tag)}",
                content, what, timeout.Token, versioned: true, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (JsonSerializer.Deserialize(line, DockerJsonContext.Default.ProgressMessage) is { Error: { Length: > 0 } error })
                {
                    throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"{what}: {error}");
                }
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(what, _requestTimeout, e);
        }
        catch (JsonException e)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"{what}: Docker's progress stream is not JSON: {e.Message}", e);
        }
    }

    /// <summary>Splits <c>repo[:tag]</c> (the repository may hold a registry host with a port) into repository and tag (default <c>latest</c>).</summary>
    internal static (string Repository, string Tag) SplitReference(string reference)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? (reference[..colon], reference[(colon + 1)..]) : (reference, "latest");
    }
}
