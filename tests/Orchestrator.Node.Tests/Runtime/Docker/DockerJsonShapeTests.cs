using System.Text.Json;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;
using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>
/// The typed requests and responses against JSON as Docker 20.10 (API 1.41) writes and reads it (answers
/// recorded from the engine, trimmed), and their translation into the runtime interface's statuses.
/// </summary>
public sealed class DockerJsonShapeTests
{
    private const string OomKilled = """
        {"Id":"a12a2b07","Name":"/k8s_main_pod_default_uid_2","Created":"2026-11-22T02:17:17.954752894Z",
         "State":{"Status":"exited","Running":false,"Paused":false,"Restarting":false,"OOMKilled":true,"Dead":false,"Pid":0,"ExitCode":137,"Error":"",
                  "StartedAt":"2026-11-22T02:17:18.391850261Z","FinishedAt":"2026-11-22T02:17:18.501856747Z"},
         "Config":{"Image":"orchestrator-test/busybox:1","Labels":{"io.kubernetes.container.name":"main","io.orchestrator.docker.sandbox-id":"sb1","io.orchestrator.docker.type":"container","role":"web"}},
         "HostConfig":{"NetworkMode":"container:sb1","IpcMode":"container:sb1","Binds":null,"Memory":8388608,"MemorySwap":8388608,"NanoCpus":0},
         "NetworkSettings":{"Networks":{}}}
        """;

    private const string Created = """
        {"Id":"c0ffee","Name":"/k8s_main_pod_default_uid_0","Created":"2026-11-22T02:00:00.5Z",
         "State":{"Status":"created","Running":false,"OOMKilled":false,"ExitCode":0,"Error":"","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"0001-01-01T00:00:00Z"},
         "Config":{"Image":"busybox","Labels":null}}
        """;

    private const string StartFailed = """
        {"Id":"bad","Name":"/x","Created":"2026-11-22T02:00:00Z",
         "State":{"Status":"exited","Running":false,"OOMKilled":false,"ExitCode":127,"Error":"OCI runtime create failed: exec: \"nope\": executable file not found in $PATH","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"2026-11-22T02:00:01Z"},
         "Config":{"Image":"busybox","Labels":{}}}
        """;

    private const string Stats = """
        {"read":"2026-11-22T02:17:24.480552206Z",
         "cpu_stats":{"cpu_usage":{"total_usage":739063683,"percpu_usage":[17281493,721782190]},"system_cpu_usage":19749180000000,"online_cpus":2},
         "memory_stats":{"usage":675840,"max_usage":3559424,"stats":{"inactive_file":4096,"total_inactive_file":40960,"rss":57344},"limit":67108864}}
        """;

    private const string Listed = """
        [{"Id":"9e6f","Names":["/k8s_POD_pod_default_uid_0"],"Image":"orchestrator/pause:1","Created":1795313842,
          "Labels":{"io.kubernetes.pod.uid":"uid","io.orchestrator.docker.type":"podsandbox","io.orchestrator.docker.volume.data":"/var/lib/x"},
          "State":"running","Status":"Up 1 second","HostConfig":{"NetworkMode":"default"},
          "NetworkSettings":{"Networks":{"bridge":{"Gateway":"172.17.0.1","IPAddress":"172.17.0.2","IPPrefixLen":16}}}},
         {"Id":"0ld","Labels":{},"State":"exited","Created":1795313000,"NetworkSettings":{"Networks":{"bridge":{"IPAddress":""}}}}]
        """;

    [Fact]
    public void An_oom_killed_container_has_the_reason_OOMKilled_and_its_times()
    {
        var status = DockerStatusConverter.ToStatus(Parse(OomKilled, DockerJsonContext.Default.ContainerInspectResponse));

        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(137, status.ExitCode);
        Assert.Equal("OOMKilled", status.Reason);
        Assert.Equal("killed by signal 9 (SIGKILL)", status.Message);
        Assert.Equal("sb1", status.SandboxId);
        Assert.Equal("main", status.Name);
        Assert.Equal("orchestrator-test/busybox:1", status.Image);
        Assert.Equal(DockerTime.Parse("2026-11-22T02:17:18.391850261Z"), status.StartedAt);
        Assert.Equal(DockerTime.Parse("2026-11-22T02:17:18.501856747Z"), status.FinishedAt);
        Assert.Equal(new Dictionary<string, string> { [ContainerLabels.ContainerName] = "main", ["role"] = "web" }, status.Labels);
    }

    [Fact]
    public void A_created_container_has_no_times_exit_code_or_reason_and_is_named_by_docker_without_labels()
    {
        var status = DockerStatusConverter.ToStatus(Parse(Created, DockerJsonContext.Default.ContainerInspectResponse));

        Assert.Equal(ContainerState.Created, status.State);
        Assert.Equal("k8s_main_pod_default_uid_0", status.Name);
        Assert.Equal(string.Empty, status.SandboxId);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 2, 0, 0, 500, TimeSpan.Zero), status.CreatedAt);
        Assert.Null(status.StartedAt);
        Assert.Null(status.FinishedAt);
        Assert.Null(status.ExitCode);
        Assert.Null(status.Reason);
        Assert.Null(status.Message);
        Assert.Empty(status.Labels);
    }

    [Fact]
    public void The_engines_error_becomes_the_message_of_an_exited_container()
    {
        var status = DockerStatusConverter.ToStatus(Parse(StartFailed, DockerJsonContext.Default.ContainerInspectResponse));

        Assert.Equal("Error", status.Reason);
        Assert.Equal(127, status.ExitCode);
        Assert.Contains("executable file not found", status.Message, StringComparison.Ordinal);
        Assert.Null(status.StartedAt);
    }

    [Fact]
    public void A_container_that_exits_at_once_never_finishes_before_it_started()
    {
        // Recorded: the engine stamped the exit a millisecond before the start of `sh -c "exit 0"`.
        var inspected = Parse(Created, DockerJsonContext.Default.ContainerInspectResponse);
        inspected = inspected with
        {
            State = inspected.State with { Status = "exited", StartedAt = "2026-11-22T02:37:48.6208865Z", FinishedAt = "2026-11-22T02:37:48.619875Z" },
        };

        var status = DockerStatusConverter.ToStatus(inspected);

        Assert.Equal(DockerTime.Parse("2026-11-22T02:37:48.6208865Z"), status.StartedAt);
        Assert.Equal(status.StartedAt, status.FinishedAt);
    }

    [Fact]
    public void Stats_give_cumulative_cpu_and_the_working_set_without_inactive_page_cache()
    {
        var stats = DockerStatusConverter.ToStats("c1", Parse(Stats, DockerJsonContext.Default.StatsResponse), 67108864, DateTimeOffset.UnixEpoch);

        Assert.Equal(739063683UL, stats.CpuUsageNanoseconds);
        Assert.Equal(675840UL - 40960UL, stats.MemoryWorkingSetBytes); // cgroup v1: the hierarchical total_inactive_file
        Assert.Equal(67108864UL, stats.MemoryLimitBytes);
        Assert.Equal(DockerTime.Parse("2026-11-22T02:17:24.480552206Z"), stats.Timestamp);
        Assert.Null(DockerStatusConverter.ToStats("c1", Parse(Stats, DockerJsonContext.Default.StatsResponse), 0, DateTimeOffset.UnixEpoch).MemoryLimitBytes);
    }

    [Fact]
    public void Listed_sandboxes_are_ready_while_running_with_their_bridge_address_and_public_labels()
    {
        var listed = Parse(Listed, DockerJsonContext.Default.IReadOnlyListContainerSummary).Select(DockerStatusConverter.ToSandboxStatus).ToList();

        Assert.True(listed[0].Ready);
        Assert.Equal("172.17.0.2", listed[0].Ip);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795313842), listed[0].CreatedAt);
        Assert.Equal(new Dictionary<string, string> { [ContainerLabels.PodUid] = "uid" }, listed[0].Labels);
        Assert.False(listed[1].Ready);
        Assert.Null(listed[1].Ip);
    }

    [Fact]
    public void A_create_request_has_dockers_field_names_and_leaves_out_what_is_not_set()
    {
        var request = new ContainerCreateRequest(
            "busybox", ["sh"], null, ["A=1"], null, null, null, new Dictionary<string, string> { ["k"] = "v" },
            new HostConfig("container:sb1", "container:sb1", ["/host:/data:ro"], 8388608, 8388608, 500_000_000));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(request, DockerJsonContext.Default.ContainerCreateRequest));
        var root = json.RootElement;

        Assert.Equal(["Entrypoint", "Env", "HostConfig", "Image", "Labels"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("sh", root.GetProperty("Entrypoint")[0].GetString());
        Assert.Equal("v", root.GetProperty("Labels").GetProperty("k").GetString());
        var host = root.GetProperty("HostConfig");
        Assert.Equal("container:sb1", host.GetProperty("NetworkMode").GetString());
        Assert.Equal("/host:/data:ro", host.GetProperty("Binds")[0].GetString());
        Assert.Equal(8388608, host.GetProperty("Memory").GetInt64());
        Assert.Equal(500_000_000, host.GetProperty("NanoCpus").GetInt64());
    }

    [Fact]
    public void Docker_errors_import_progress_and_wait_results_are_read()
    {
        Assert.Equal("No such container: x", Parse("""{"message":"No such container: x"}""", DockerJsonContext.Default.ErrorResponse).Message);
        Assert.Equal("bad tar", Parse("""{"errorDetail":{"message":"bad tar"},"error":"bad tar"}""", DockerJsonContext.Default.ProgressMessage).Error);
        Assert.Null(Parse("""{"status":"sha256:cf61"}""", DockerJsonContext.Default.ProgressMessage).Error);
        Assert.Equal(143, Parse("""{"Error":null,"StatusCode":143}""", DockerJsonContext.Default.WaitResponse).StatusCode);
        var exec = Parse("""{"ID":"e1","Running":false,"ExitCode":3,"Pid":23780,"ProcessConfig":{"tty":false}}""", DockerJsonContext.Default.ExecInspectResponse);
        Assert.Equal((false, 3, 23780), (exec.Running, exec.ExitCode, exec.Pid));
    }

    private static T Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(json, type) ?? throw new InvalidOperationException("null");
}
