using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>The Docker client's version negotiation and errors, against a fake engine: no Docker needed.</summary>
public sealed class DockerClientTests
{
    private const string Inspected = """
        {"Id":"abc","Name":"/x","Created":"2024-05-01T10:00:00.123456789Z","State":{"Status":"running","Running":true,"OOMKilled":false,"ExitCode":0,"Error":"","StartedAt":"2024-05-01T10:00:01Z","FinishedAt":"0001-01-01T00:00:00Z"},"Config":{"Image":"busybox","Labels":{}}}
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("1.47", "1.43")]
    [InlineData("1.43", "1.43")]
    [InlineData("1.41", "1.41")]
    [InlineData("1.40", "1.40")]
    public async Task Speaks_the_lower_of_the_engines_api_version_and_its_own(string engineApi, string spoken)
    {
        await using var engine = new FakeDockerEngine((_, path) => path == "/version"
            ? (200, $$"""{"Version":"99.0.0","ApiVersion":"{{engineApi}}","MinAPIVersion":"1.12"}""")
            : (200, Inspected));
        using var client = new DockerClient(engine.SocketPath, Timeout);

        var (version, api) = await client.VersionAsync(CancellationToken.None);
        await client.InspectContainerAsync("abc", CancellationToken.None);
        await client.InspectContainerAsync("abc", CancellationToken.None);

        Assert.Equal("99.0.0", version.Version);
        Assert.Equal(spoken, api.ToString());
        Assert.Equal(["GET /version", $"GET /v{spoken}/containers/abc/json", $"GET /v{spoken}/containers/abc/json"], engine.Requests);
    }

    [Fact]
    public async Task An_engine_older_than_the_oldest_supported_api_is_unavailable()
    {
        await using var engine = new FakeDockerEngine((_, _) => (200, """{"Version":"18.09.0","ApiVersion":"1.39"}"""));
        using var client = new DockerClient(engine.SocketPath, Timeout);

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => client.InspectContainerAsync("abc", CancellationToken.None));

        Assert.Equal(ContainerRuntimeErrorKind.Unavailable, error.Kind);
        Assert.Contains("1.39", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.40", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, ContainerRuntimeErrorKind.NotFound)]
    [InlineData(409, ContainerRuntimeErrorKind.InvalidState)]
    [InlineData(500, ContainerRuntimeErrorKind.Failed)]
    public async Task A_failed_call_has_the_kind_of_its_status_and_dockers_own_message(int status, ContainerRuntimeErrorKind kind)
    {
        await using var engine = new FakeDockerEngine((_, path) => path == "/version"
            ? (200, """{"Version":"20.10.24","ApiVersion":"1.41"}""")
            : (status, """{"message":"the engine's own words"}"""));
        using var client = new DockerClient(engine.SocketPath, Timeout);

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => client.InspectContainerAsync("abc", CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Contains("the engine's own words", error.Message, StringComparison.Ordinal);
        Assert.Contains("inspect container abc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_image_at_create_is_not_present()
    {
        await using var engine = new FakeDockerEngine((_, path) => path == "/version"
            ? (200, """{"Version":"20.10.24","ApiVersion":"1.41"}""")
            : (404, """{"message":"No such image: nothing:1"}"""));
        using var client = new DockerClient(engine.SocketPath, Timeout);
        var request = new Node.Runtime.Docker.Api.ContainerCreateRequest(
            "nothing:1", null, null, null, null, null, null, new Dictionary<string, string>(), new Node.Runtime.Docker.Api.HostConfig("default", null, null, 0, 0, 0));

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => client.CreateContainerAsync("x", request, CancellationToken.None));

        Assert.Equal(ContainerRuntimeErrorKind.ImageNotPresent, error.Kind);
        Assert.Contains("No such image: nothing:1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "OOMKilled")]
    [InlineData(false, "Error")]
    public async Task A_container_killed_under_a_memory_limit_is_OOMKilled_when_the_engine_logged_an_oom(bool logged, string reason)
    {
        // The engine missed the OOM (it raced the exit), but its event log has it.
        const string Killed = """
            {"Id":"abc","Name":"/x","Created":"2024-05-01T10:00:00Z","State":{"Status":"exited","Running":false,"OOMKilled":false,"ExitCode":137,"Error":"",
             "StartedAt":"2024-05-01T10:00:01Z","FinishedAt":"2024-05-01T10:00:02Z"},"Config":{"Image":"busybox","Labels":{}},
             "HostConfig":{"NetworkMode":"container:sb","Memory":8388608,"MemorySwap":8388608,"NanoCpus":0}}
            """;
        await using var engine = new FakeDockerEngine((_, path) => path switch
        {
            "/version" => (200, """{"Version":"20.10.24","ApiVersion":"1.41"}"""),
            _ when path.StartsWith("/v1.41/events?", StringComparison.Ordinal) => (200, logged ? """{"status":"oom","id":"abc","Type":"container","Action":"oom"}""" + "\n" : string.Empty),
            _ => (200, Killed),
        });
        await using var runtime = new DockerRuntime(DockerSettings.Default with { SocketPath = engine.SocketPath });

        var status = await runtime.ContainerStatusAsync("abc", CancellationToken.None);

        Assert.Equal((137, reason), (status.ExitCode, status.Reason));
        var events = Assert.Single(engine.Requests, request => request.Contains("/events?", StringComparison.Ordinal));
        Assert.Contains("since=1714557600&until=1714557603.000", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_socket_is_unavailable_and_named()
    {
        var socket = Path.Combine(Path.GetTempPath(), $"orch-no-docker-{Guid.NewGuid():N}.sock");
        await using var runtime = new DockerRuntime(DockerSettings.Default with { SocketPath = socket });

        var error = await Assert.ThrowsAsync<ContainerRuntimeException>(() => runtime.VersionAsync(CancellationToken.None));

        Assert.Equal(ContainerRuntimeErrorKind.Unavailable, error.Kind);
        Assert.Contains(socket, error.Message, StringComparison.Ordinal);
        Assert.False(await DockerRuntime.IsAvailableAsync(socket, Timeout, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_negotiation_is_tried_again_on_the_next_call()
    {
        var calls = 0;
        await using var engine = new FakeDockerEngine((_, path) => path == "/version"
            ? Interlocked.Increment(ref calls) == 1 ? (500, """{"message":"starting up"}""") : (200, """{"Version":"20.10.24","ApiVersion":"1.41"}""")
            : (200, Inspected));
        using var client = new DockerClient(engine.SocketPath, Timeout);

        await Assert.ThrowsAsync<ContainerRuntimeException>(() => client.InspectContainerAsync("abc", CancellationToken.None));
        var inspected = await client.InspectContainerAsync("abc", CancellationToken.None);

        Assert.Equal("abc", inspected.Id);
        Assert.Equal(2, calls);
    }
}
