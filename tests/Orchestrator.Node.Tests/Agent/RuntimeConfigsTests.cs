using Orchestrator.Core.Api;
using Orchestrator.Node.Agent;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>How a pod is described to the runtime: labels, volumes, limits, and Kubernetes' <c>$(VAR)</c> expansion.</summary>
public sealed class RuntimeConfigsTests
{
    private static readonly Pod Pod = new()
    {
        Metadata = new ObjectMeta { Name = "web", Uid = "uid-1" },
        Spec = new PodSpec
        {
            Containers =
            [
                new Container
                {
                    Name = "main",
                    Image = "busybox:1",
                    Command = ["sh", "-c"],
                    Args = ["echo $(GREETING) $(UNDEFINED) $$(GREETING) $$HOME"],
                    Env =
                    [
                        new EnvVar { Name = "NAME", Value = "world" },
                        new EnvVar { Name = "GREETING", Value = "hello $(NAME)" },
                        new EnvVar { Name = "EARLY", Value = "$(LATE)" },
                        new EnvVar { Name = "LATE", Value = "late" },
                    ],
                    VolumeMounts = [new VolumeMount { Name = "scratch", MountPath = "/data", ReadOnly = true }],
                    Resources = new ResourceRequirements
                    {
                        Limits = new Dictionary<string, Quantity> { [ResourceNames.Cpu] = Quantity.Parse("250m"), [ResourceNames.Memory] = Quantity.Parse("64Mi") },
                    },
                },
            ],
            Volumes =
            [
                new Volume { Name = "scratch", EmptyDir = new EmptyDirVolumeSource() },
                new Volume { Name = "logs", HostPath = new HostPathVolumeSource { Path = "/var/log" } },
                new Volume { Name = "unsupported" },
            ],
        },
    };

    [Fact]
    public void Expands_references_to_earlier_variables_in_env_and_to_all_of_them_in_command_and_args()
    {
        var config = RuntimeConfigs.Container(Pod, Pod.Spec.Containers[0], attempt: 2);

        Assert.Equal("hello world", config.Env.Single(e => e.Key == "GREETING").Value);
        Assert.Equal("$(LATE)", config.Env.Single(e => e.Key == "EARLY").Value);
        Assert.Equal(["sh", "-c"], config.Command);
        Assert.Equal(["echo hello world $(UNDEFINED) $(GREETING) $HOME"], config.Args);
    }

    [Theory]
    [InlineData("$(A)", "a")]
    [InlineData("x$(A)y$(A)", "xaya")]
    [InlineData("$$(A)", "$(A)")]
    [InlineData("$$$(A)", "$a")]
    [InlineData("$(B)", "$(B)")]
    [InlineData("$(A", "$(A")]
    [InlineData("cost: $5", "cost: $5")]
    [InlineData("end$", "end$")]
    public void Expansion_follows_Kubernetes(string input, string expected)
    {
        Assert.Equal(expected, EnvExpansion.Expand(input, new Dictionary<string, string> { ["A"] = "a" }));
    }

    [Fact]
    public void Labels_mounts_and_limits_describe_the_container()
    {
        var config = RuntimeConfigs.Container(Pod, Pod.Spec.Containers[0], attempt: 2);

        Assert.Equal("uid-1", config.Labels[ContainerLabels.PodUid]);
        Assert.Equal("web", config.Labels[ContainerLabels.PodName]);
        Assert.Equal("default", config.Labels[ContainerLabels.PodNamespace]);
        Assert.Equal("main", config.Labels[ContainerLabels.ContainerName]);
        Assert.Equal("2", config.Labels[ContainerLabels.Attempt]);
        Assert.Equal(ContainerLabels.ManagedByValue, config.Labels[ContainerLabels.ManagedBy]);
        Assert.Equal(new ContainerMount("scratch", "/data", true), Assert.Single(config.Mounts));
        Assert.Equal(new ContainerResources(250, 64 * 1024 * 1024), config.Resources);
    }

    [Fact]
    public void The_sandbox_gets_the_empty_dir_and_host_path_volumes()
    {
        var sandbox = RuntimeConfigs.Sandbox(Pod, attempt: 1);

        Assert.Equal([new SandboxVolume("scratch", null), new SandboxVolume("logs", "/var/log")], sandbox.Volumes);
        Assert.Equal(1, sandbox.Attempt);
        Assert.Equal("uid-1", sandbox.Labels[ContainerLabels.PodUid]);
    }

    [Theory]
    [InlineData("0b6f1c2e-4d3a-4f5e-9a8b-7c6d5e4f3a2b")]
    [InlineData("main")]
    [InlineData("has/slash and space")]
    [InlineData("x-looks-encoded")]
    [InlineData("$reserved")]
    public void Actor_names_round_trip(string id)
    {
        var name = ActorNames.For(id);

        Assert.Equal(id, ActorNames.Decode(name));
        Assert.All(name, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.', $"'{c}' in {name}"));
    }
}
