using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.Core.Api;

namespace Orchestrator.Core.Tests.Api;

public sealed class PodJsonTests
{
    private static readonly DateTimeOffset Started = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pod_uses_the_field_names_kubectl_expects()
    {
        var json = JsonNode.Parse(ApiJson.Serialize(SamplePod()))!;

        Assert.Equal("v1", (string?)json["apiVersion"]);
        Assert.Equal("Pod", (string?)json["kind"]);
        Assert.Equal("web", (string?)json["metadata"]!["name"]);
        Assert.Equal("uid-1", (string?)json["metadata"]!["uid"]);
        Assert.Equal("frontend", (string?)json["metadata"]!["labels"]!["app"]);
        Assert.Equal("ReplicaSet", (string?)json["metadata"]!["ownerReferences"]![0]!["kind"]);
        Assert.Equal("2024-05-01T12:00:00Z", (string?)json["metadata"]!["creationTimestamp"]);

        var spec = json["spec"]!;
        Assert.Equal("OnFailure", (string?)spec["restartPolicy"]);
        Assert.Equal(30, (long?)spec["terminationGracePeriodSeconds"]);
        Assert.Equal("node-1", (string?)spec["nodeName"]);
        var container = spec["containers"]![0]!;
        Assert.Equal("busybox", (string?)container["image"]);
        Assert.Equal("sh", (string?)container["command"]![0]);
        Assert.Equal("-c", (string?)container["args"]![0]);
        Assert.Equal("MODE", (string?)container["env"]![0]!["name"]);
        Assert.Equal("/srv", (string?)container["workingDir"]);
        Assert.Equal(8080, (int?)container["ports"]![0]!["containerPort"]);
        Assert.Equal("TCP", (string?)container["ports"]![0]!["protocol"]);
        Assert.Equal("100m", (string?)container["resources"]!["requests"]!["cpu"]);
        Assert.Equal("64Mi", (string?)container["resources"]!["limits"]!["memory"]);
        Assert.Equal("/data", (string?)container["volumeMounts"]![0]!["mountPath"]);
        Assert.True((bool?)container["volumeMounts"]![0]!["readOnly"]);
        Assert.Equal("/healthz", (string?)container["livenessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("http", (string?)container["livenessProbe"]!["httpGet"]!["port"]);
        Assert.Equal(10, (int?)container["livenessProbe"]!["periodSeconds"]);
        Assert.Equal("Never", (string?)container["imagePullPolicy"]);
        Assert.Equal("Memory", (string?)spec["volumes"]![0]!["emptyDir"]!["medium"]);
        Assert.Equal("/var/log", (string?)spec["volumes"]![1]!["hostPath"]!["path"]);
        Assert.Equal("DirectoryOrCreate", (string?)spec["volumes"]![1]!["hostPath"]!["type"]);

        var status = json["status"]!;
        Assert.Equal("Running", (string?)status["phase"]);
        Assert.Equal("10.0.0.7", (string?)status["podIP"]);
        Assert.Equal("192.168.1.2", (string?)status["hostIP"]);
        Assert.Equal("Ready", (string?)status["conditions"]![0]!["type"]);
        Assert.Equal("True", (string?)status["conditions"]![0]!["status"]);
        var containerStatus = status["containerStatuses"]![0]!;
        Assert.Equal(2, (int?)containerStatus["restartCount"]);
        Assert.Equal("docker://abc", (string?)containerStatus["containerID"]);
        Assert.Equal("sha256:1", (string?)containerStatus["imageID"]);
        Assert.Equal("2024-05-01T12:00:00Z", (string?)containerStatus["state"]!["running"]!["startedAt"]);
        Assert.Equal(137, (int?)containerStatus["lastState"]!["terminated"]!["exitCode"]);
        Assert.Equal("OOMKilled", (string?)containerStatus["lastState"]!["terminated"]!["reason"]);
    }

    [Fact]
    public void Null_fields_and_empty_collections_are_left_out()
    {
        var json = JsonNode.Parse(ApiJson.Serialize(new Pod { Spec = new PodSpec { Containers = [new Container { Name = "a" }] } }))!;
        var container = json["spec"]!["containers"]![0]!.AsObject();

        Assert.Equal(["name", "resources"], container.Select(p => p.Key).ToArray());
        Assert.False(json["metadata"]!.AsObject().ContainsKey("labels"));
        Assert.False(json["spec"]!.AsObject().ContainsKey("volumes"));
        Assert.False(json["spec"]!.AsObject().ContainsKey("nodeName"));
    }

    [Fact]
    public void Empty_state_objects_are_written_as_in_Kubernetes()
    {
        var json = JsonNode.Parse(ApiJson.Serialize(new ContainerStatus { Name = "a", State = ContainerState.WaitingFor("ContainerCreating") }))!;

        Assert.Equal("ContainerCreating", (string?)json["state"]!["waiting"]!["reason"]);
        Assert.Empty(json["lastState"]!.AsObject());
    }

    [Fact]
    public void Pod_round_trips_through_json()
    {
        var pod = SamplePod();

        var back = ApiJson.Deserialize<Pod>(ApiJson.Serialize(pod));

        Assert.Equal(ApiJson.Serialize(pod), ApiJson.Serialize(back));
        Assert.Equal(pod.Status, back.Status);
        Assert.Equal(Quantity.Parse("64Mi"), back.Spec.Containers[0].Resources.Limits[ResourceNames.Memory]);
        Assert.Equal(RestartPolicy.OnFailure, back.Spec.RestartPolicy);
    }

    [Fact]
    public void Reads_a_minimal_manifest_with_Kubernetes_defaults()
    {
        var pod = ApiJson.Deserialize<Pod>("""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},
             "spec":{"containers":[{"name":"c","image":"busybox","resources":{"limits":{"cpu":0.5}}}]}}
            """);

        Assert.Equal(RestartPolicy.Always, pod.Spec.RestartPolicy);
        Assert.Equal(30, pod.Spec.TerminationGracePeriodSeconds);
        Assert.Empty(pod.Spec.Containers[0].Command);
        Assert.Empty(pod.Metadata.Labels);
        Assert.Equal(500, pod.Spec.Containers[0].Resources.Limits[ResourceNames.Cpu].MilliValue);
    }

    [Fact]
    public void Times_are_written_in_utc_to_the_second()
    {
        var time = new DateTimeOffset(2024, 5, 1, 14, 30, 15, 750, TimeSpan.FromHours(2));

        var json = ApiJson.Serialize(new ContainerStateRunning { StartedAt = time });

        Assert.Equal("{\"startedAt\":\"2024-05-01T12:30:15Z\"}", json);
        Assert.Equal(time.AddMilliseconds(-750), ApiJson.Deserialize<ContainerStateRunning>(json).StartedAt);
    }

    [Fact]
    public void Quotes_are_escaped_as_Kubernetes_escapes_them()
    {
        var json = ApiJson.Serialize(new ContainerStateWaiting { Reason = "ErrImageNeverPull", Message = "image \"x\" <é>" });

        Assert.Equal("{\"reason\":\"ErrImageNeverPull\",\"message\":\"image \\\"x\\\" <é>\"}", json);
    }

    [Fact]
    public void Unknown_enum_spelling_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => ApiJson.Deserialize<PodSpec>("""{"restartPolicy":"Sometimes"}"""));
    }

    [Fact]
    public void Pod_status_equality_compares_list_contents()
    {
        var a = SamplePod().Status;
        var b = a with { Conditions = [.. a.Conditions], ContainerStatuses = [.. a.ContainerStatuses] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { ContainerStatuses = [a.ContainerStatuses[0] with { RestartCount = 3 }] });
    }

    private static Pod SamplePod() => new()
    {
        Metadata = new ObjectMeta
        {
            Name = "web",
            Namespace = "default",
            Uid = "uid-1",
            CreationTimestamp = Started,
            Labels = new Dictionary<string, string> { ["app"] = "frontend" },
            OwnerReferences = [new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = "web-1", Uid = "rs-1", Controller = true }],
        },
        Spec = new PodSpec
        {
            RestartPolicy = RestartPolicy.OnFailure,
            NodeName = "node-1",
            Containers =
            [
                new Container
                {
                    Name = "main",
                    Image = "busybox",
                    Command = ["sh"],
                    Args = ["-c", "httpd -f"],
                    Env = [new EnvVar { Name = "MODE", Value = "prod" }],
                    WorkingDir = "/srv",
                    Ports = [new ContainerPort { Name = "http", Port = 8080 }],
                    Resources = new ResourceRequirements
                    {
                        Requests = new Dictionary<string, Quantity> { [ResourceNames.Cpu] = Quantity.Parse("100m") },
                        Limits = new Dictionary<string, Quantity> { [ResourceNames.Memory] = Quantity.Parse("64Mi") },
                    },
                    VolumeMounts = [new VolumeMount { Name = "scratch", MountPath = "/data", ReadOnly = true }],
                    LivenessProbe = new Probe(HttpGet: new HttpGetAction("/healthz", "http")),
                    ImagePullPolicy = ImagePullPolicy.Never,
                },
            ],
            Volumes =
            [
                new Volume { Name = "scratch", EmptyDir = new EmptyDirVolumeSource { Medium = StorageMedium.Memory } },
                new Volume { Name = "logs", HostPath = new HostPathVolumeSource { Path = "/var/log", Type = HostPathType.DirectoryOrCreate } },
            ],
        },
        Status = new PodStatus
        {
            Phase = PodPhase.Running,
            PodIP = "10.0.0.7",
            HostIP = "192.168.1.2",
            StartTime = Started,
            Conditions = [new PodCondition { Type = PodConditionTypes.Ready, Status = ConditionStatus.True, LastTransitionTime = Started }],
            ContainerStatuses =
            [
                new ContainerStatus
                {
                    Name = "main",
                    Image = "busybox",
                    ImageId = "sha256:1",
                    ContainerId = "docker://abc",
                    RestartCount = 2,
                    Ready = true,
                    Started = true,
                    State = ContainerState.RunningSince(Started),
                    LastState = ContainerState.Ended(new ContainerStateTerminated { ExitCode = 137, Reason = "OOMKilled" }),
                },
            ],
        },
    };
}
