using System.Globalization;
using System.Text.Json;
using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>The engine's event log, read back for a past interval.</summary>
internal sealed partial class DockerClient
{
    /// <summary>
    /// GET /events with <c>since</c> and <c>until</c>: whether the engine logged <paramref name="action"/> for the container
    /// in that interval. The engine keeps a bounded log of recent events, so an old event may be gone.
    /// </summary>
    public async Task<bool> HasContainerEventAsync(string id, string action, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, IReadOnlyList<string>> filters = new Dictionary<string, IReadOnlyList<string>>
        {
            ["type"] = ["container"],
            ["container"] = [id],
            ["event"] = [action],
        };
        var json = JsonSerializer.Serialize(filters, DockerJsonContext.Default.IReadOnlyDictionaryStringIReadOnlyListString);
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"since={since.ToUnixTimeSeconds()}&until={until.ToUnixTimeMilliseconds() / 1000.0:0.000}&filters={Uri.EscapeDataString(json)}");
        var what = $"events of container {id}";
        using var timeout = Deadline(_requestTimeout, cancellationToken);
        try
        {
            using var response = await SendAsync(HttpMethod.Get, $"/events?{query}", null, what, timeout.Token, versioned: true, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Any(line => JsonSerializer.Deserialize(line, DockerJsonContext.Default.EventMessage)?.Action == action);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(what, _requestTimeout, e);
        }
        catch (JsonException e)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"{what}: Docker's event stream is not JSON: {e.Message}", e);
        }
    }
}
