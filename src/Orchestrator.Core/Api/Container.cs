namespace Orchestrator.Core.Api;

/// <summary>One container of a pod (Kubernetes' <c>Container</c>).</summary>
public sealed record Container
{
    /// <summary>The container's name, unique within its pod.</summary>
    public string Name { get; init; } = "";

    /// <summary>The image to run.</summary>
    public string? Image { get; init; }

    /// <summary>Replaces the image's entrypoint when not empty; not run in a shell.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Replaces the image's command (the entrypoint's arguments) when not empty.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Environment variables to set, in order.</summary>
    public IReadOnlyList<EnvVar> Env { get; init; } = [];

    /// <summary>The working directory; the image's when null.</summary>
    public string? WorkingDir { get; init; }

    /// <summary>The ports the container listens on (informational, and named ports for probes).</summary>
    public IReadOnlyList<ContainerPort> Ports { get; init; } = [];

    /// <summary>CPU and memory requests (for scheduling) and limits (enforced).</summary>
    public ResourceRequirements Resources { get; init; } = new();

    /// <summary>Pod volumes mounted into this container.</summary>
    public IReadOnlyList<VolumeMount> VolumeMounts { get; init; } = [];

    /// <summary>Restarts the container when it fails.</summary>
    public Probe? LivenessProbe { get; init; }

    /// <summary>Takes the container (and its pod) out of service while it fails.</summary>
    public Probe? ReadinessProbe { get; init; }

    /// <summary>Holds the other probes back until the container has started; restarts it if it never does.</summary>
    public Probe? StartupProbe { get; init; }

    /// <summary>When to pull the image; there is no registry here, so a missing image is ErrImageNeverPull whatever it says.</summary>
    public ImagePullPolicy? ImagePullPolicy { get; init; }
}
